// The browser half of the sample's passkeys: no library, the browser turns Cognito's JSON into WebAuthn options and back.
// Every post carries the page's antiforgery token in the RequestVerificationToken header.
(() => {
  'use strict';

  const antiforgery = () => document.querySelector('input[name="__RequestVerificationToken"]').value;

  const showError = (message) => {
    const alert = document.getElementById('passkey-error');
    alert.textContent = message;
    alert.hidden = false;
  };

  const post = (url, body, contentType) => {
    const headers = { 'RequestVerificationToken': antiforgery() };
    if (contentType) headers['Content-Type'] = contentType;
    return fetch(url, { method: 'POST', headers, body, credentials: 'same-origin' });
  };

  const failure = async (response, fallback) => (await response.text()) || fallback;

  // Account page: "Add a passkey".
  const add = document.getElementById('add-passkey');
  if (add) {
    add.addEventListener('click', async () => {
      add.disabled = true;
      try {
        const started = await post('?handler=PasskeyOptions');
        if (!started.ok) return showError(await failure(started, 'A passkey cannot be added now.'));
        const credential = await navigator.credentials.create({
          publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(await started.json()),
        });
        const saved = await post('?handler=AddPasskey', JSON.stringify(credential.toJSON()), 'application/json');
        if (!saved.ok) return showError(await failure(saved, 'The passkey was not saved.'));
        window.location.assign(add.dataset.done);
      } catch (e) {
        showError('No passkey was made (' + e.name + '). Try again.');
      } finally {
        add.disabled = false;
      }
    });
  }

  // Sign-in page: "Sign in with a passkey", with the username typed in the form.
  const signIn = document.getElementById('signin-passkey');
  if (signIn) {
    signIn.addEventListener('click', async () => {
      const username = document.getElementById('username').value.trim();
      if (!username) return showError('Type your username, then choose "Sign in with a passkey".');
      signIn.disabled = true;
      try {
        const started = await post('?handler=Passkey', new URLSearchParams({ username }));
        if (!started.ok) return showError(await failure(started, 'Sign in with your password.'));
        const credential = await navigator.credentials.get({
          publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(await started.json()),
        });
        // "next", not "returnUrl": on the sign-in path the cookie handler would answer a sign-in with a redirect to returnUrl.
        const next = document.querySelector('input[name="returnUrl"]').value;
        const answered = await post('?handler=PasskeyAnswer&next=' + encodeURIComponent(next), JSON.stringify(credential.toJSON()), 'application/json');
        if (!answered.ok) return showError(await failure(answered, 'The passkey was not accepted.'));
        window.location.assign(await answered.text());
      } catch (e) {
        showError('The passkey sign-in did not finish (' + e.name + '). Try again, or sign in with your password.');
      } finally {
        signIn.disabled = false;
      }
    });
  }
})();
