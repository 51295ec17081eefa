namespace CognitoKit.Tests.Sessions;

public sealed class SessionSecretsTests
{
    [Fact]
    public void ToString_OfSessionTokensAndSnapshot_ShowsNoToken()
    {
        using var h = new SessionHarness();
        CognitoSession session = h.SignIn(refreshToken: "refresh-top-secret");
        CognitoTokens tokens = session.Tokens;
        CognitoSessionSnapshot snapshot = session.ToSnapshot();

        string[] texts = [session.ToString(), tokens.ToString(), snapshot.ToString(), $"{snapshot}", $"{session}"];

        foreach (string text in texts)
        {
            Assert.DoesNotContain(tokens.IdToken, text, StringComparison.Ordinal);
            Assert.DoesNotContain(tokens.AccessToken, text, StringComparison.Ordinal);
            Assert.DoesNotContain(tokens.AccessToken.Split('.')[1], text, StringComparison.Ordinal);
            Assert.DoesNotContain("refresh-top-secret", text, StringComparison.Ordinal);
        }

        Assert.Contains(SessionHarness.Username, session.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_OfASnapshot_CarriesTheTokensForTheStore()
    {
        using var h = new SessionHarness();
        CognitoSession session = h.SignIn(refreshToken: "refresh-for-store");

        string json = session.ToSnapshot().ToJson();

        Assert.Contains("\"refreshToken\":\"refresh-for-store\"", json, StringComparison.Ordinal);
        Assert.Contains("\"username\":\"" + SessionHarness.Username + "\"", json, StringComparison.Ordinal);
    }
}
