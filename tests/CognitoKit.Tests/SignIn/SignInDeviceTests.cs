using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using Moq;

namespace CognitoKit.Tests.SignIn;

public sealed class SignInDeviceTests
{
    private const string DeviceKey = "us-east-1_0f0e0d0c-0000-4000-8000-000000000001";
    private const string GroupKey = "-Group123";
    private const string DevicePassword = "ZGV2aWNlLXBhc3N3b3Jk";

    private static readonly DeviceSecrets Kept = new(DeviceKey, GroupKey, DevicePassword);

    [Fact]
    public async Task SignIn_WithNewDeviceMetadata_AndTrackNewDevice_ConfirmsTheDeviceAndHandsBackItsSecrets()
    {
        var h = new SignInHarness();
        ConfirmDeviceRequest? confirmed = null;
        h.Client.Setup(c => c.ConfirmDeviceAsync(It.IsAny<ConfirmDeviceRequest>(), It.IsAny<CancellationToken>()))
            .Callback<ConfirmDeviceRequest, CancellationToken>((r, _) => confirmed = r)
            .ReturnsAsync(new ConfirmDeviceResponse { UserConfirmationNecessary = false });
        var metadata = new NewDeviceMetadataType { DeviceKey = DeviceKey, DeviceGroupKey = GroupKey };

        var signedIn = Assert.IsType<SignedIn>(await h.SignInReachingAsync(
            SignInHarness.Done("real-user", metadata), username: "alice@example.com", configure: r => r.TrackNewDevice("Alice's browser")));

        Assert.NotNull(confirmed);
        Assert.Equal(DeviceKey, confirmed.DeviceKey);
        Assert.Equal("Alice's browser", confirmed.DeviceName);
        Assert.False(string.IsNullOrEmpty(confirmed.DeviceSecretVerifierConfig!.PasswordVerifier));
        Assert.Equal(DeviceKey, signedIn.Session.DeviceKey);
        NewDevice device = Assert.IsType<NewDevice>(signedIn.NewDevice);
        Assert.True(device.IsRemembered);
        Assert.Equal((DeviceKey, GroupKey), (device.Secrets.DeviceKey, device.Secrets.DeviceGroupKey));
        Assert.False(string.IsNullOrEmpty(device.Secrets.DevicePassword));
        Assert.False(signedIn.DeviceRefused);
    }

    [Fact]
    public async Task SignIn_WithNewDeviceMetadata_WithoutTrackNewDevice_ConfirmsTheDeviceButHandsBackNoSecretsAndNeverRemembersIt()
    {
        var h = new SignInHarness();
        ConfirmDeviceRequest? confirmed = null;
        h.Client.Setup(c => c.ConfirmDeviceAsync(It.IsAny<ConfirmDeviceRequest>(), It.IsAny<CancellationToken>()))
            .Callback<ConfirmDeviceRequest, CancellationToken>((r, _) => confirmed = r)
            .ReturnsAsync(new ConfirmDeviceResponse { UserConfirmationNecessary = true });

        var signedIn = Assert.IsType<SignedIn>(await h.SignInReachingAsync(
            SignInHarness.Done("alice", new NewDeviceMetadataType { DeviceKey = DeviceKey, DeviceGroupKey = GroupKey })));

        Assert.NotNull(confirmed);
        Assert.Equal(DeviceKey, confirmed.DeviceKey);
        Assert.False(string.IsNullOrEmpty(confirmed.DeviceSecretVerifierConfig!.PasswordVerifier));
        Assert.False(string.IsNullOrEmpty(confirmed.DeviceSecretVerifierConfig.Salt));
        h.Client.Verify(c => c.UpdateDeviceStatusAsync(It.IsAny<UpdateDeviceStatusRequest>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Null(signedIn.NewDevice);
        Assert.Equal(DeviceKey, signedIn.Session.DeviceKey); // refreshes send it, as Cognito requires
    }

    [Fact]
    public async Task SignIn_WithNewDeviceMetadata_WithoutTrackNewDevice_WhenConfirmDeviceFails_IsSignedInWithoutDevice()
    {
        var h = new SignInHarness();
        h.Client.Setup(c => c.ConfirmDeviceAsync(It.IsAny<ConfirmDeviceRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidParameterException("bad device"));

        var signedIn = Assert.IsType<SignedIn>(await h.SignInReachingAsync(
            SignInHarness.Done("alice", new NewDeviceMetadataType { DeviceKey = DeviceKey, DeviceGroupKey = GroupKey })));

        Assert.Null(signedIn.NewDevice);
        Assert.Null(signedIn.Session.DeviceKey);
    }

    [Fact]
    public async Task SignIn_WhenUserConfirmationNecessary_DeviceIsRememberedOnlyAfterRememberAsync()
    {
        var h = new SignInHarness();
        h.Client.Setup(c => c.ConfirmDeviceAsync(It.IsAny<ConfirmDeviceRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ConfirmDeviceResponse { UserConfirmationNecessary = true });
        UpdateDeviceStatusRequest? update = null;
        h.Client.Setup(c => c.UpdateDeviceStatusAsync(It.IsAny<UpdateDeviceStatusRequest>(), It.IsAny<CancellationToken>()))
            .Callback<UpdateDeviceStatusRequest, CancellationToken>((r, _) => update = r)
            .ReturnsAsync(new UpdateDeviceStatusResponse());

        var signedIn = Assert.IsType<SignedIn>(await h.SignInReachingAsync(
            SignInHarness.Done("alice", new NewDeviceMetadataType { DeviceKey = DeviceKey, DeviceGroupKey = GroupKey }), configure: r => r.TrackNewDevice()));
        Assert.False(signedIn.NewDevice!.IsRemembered);
        await signedIn.NewDevice.RememberAsync(default);

        Assert.True(signedIn.NewDevice.IsRemembered);
        Assert.Equal("remembered", update!.DeviceRememberedStatus);
        Assert.Equal(DeviceKey, update.DeviceKey);
        Assert.Equal(signedIn.Session.Tokens.AccessToken, update.AccessToken);
    }

    [Fact]
    public async Task SignIn_WhenConfirmDeviceFails_IsStillSignedInWithoutDevice()
    {
        var h = new SignInHarness();
        h.Client.Setup(c => c.ConfirmDeviceAsync(It.IsAny<ConfirmDeviceRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidParameterException("bad device"));

        var signedIn = Assert.IsType<SignedIn>(await h.SignInReachingAsync(
            SignInHarness.Done("alice", new NewDeviceMetadataType { DeviceKey = DeviceKey, DeviceGroupKey = GroupKey }), configure: r => r.TrackNewDevice()));

        Assert.Null(signedIn.NewDevice);
        Assert.Null(signedIn.Session.DeviceKey);
    }

    [Fact]
    public async Task SignIn_WithDevice_SendsItsKeyAndAnswersDeviceSrpAutomatically()
    {
        var h = new SignInHarness(withSecret: true);
        h.OnInitiate(new InitiateAuthResponse
        {
            ChallengeName = "PASSWORD_VERIFIER", Session = "s-0123456789-0123456789", ChallengeParameters = SignInHarness.VerifierParameters("alice"),
        });
        h.OnRespond("PASSWORD_VERIFIER", _ => SignInHarness.Challenge("DEVICE_SRP_AUTH"));
        h.OnRespond("DEVICE_SRP_AUTH", _ => SignInHarness.Challenge("DEVICE_PASSWORD_VERIFIER", SignInHarness.VerifierParameters("alice")));
        h.OnRespond("DEVICE_PASSWORD_VERIFIER", _ => SignInHarness.Done());

        var signedIn = Assert.IsType<SignedIn>(await h.Kit.SignIn("alice", "Passw0rd!").WithDevice(Kept).SendAsync(default));

        Assert.Equal(DeviceKey, h.Initiated[0].AuthParameters!["DEVICE_KEY"]);
        Assert.Equal(["PASSWORD_VERIFIER", "DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER"], h.Responded.Select(r => r.ChallengeName));
        Dictionary<string, string> deviceSrp = h.Responded[1].ChallengeResponses!;
        Assert.Equal(DeviceKey, deviceSrp["DEVICE_KEY"]);
        Assert.Contains("SRP_A", deviceSrp.Keys);
        Assert.Equal(SignInHarness.HashOf("alice"), deviceSrp["SECRET_HASH"]);
        Dictionary<string, string> verifier = h.Responded[2].ChallengeResponses!;
        Assert.Equal(DeviceKey, verifier["DEVICE_KEY"]);
        Assert.Contains("PASSWORD_CLAIM_SIGNATURE", verifier.Keys);
        Assert.Equal(DeviceKey, signedIn.Session.DeviceKey);
        Assert.False(signedIn.DeviceRefused);
    }

    [Fact]
    public async Task SignIn_WithoutDevice_SendsNoDeviceKey_EvenAfterAnotherSignInTrackedOne()
    {
        var h = new SignInHarness();
        h.Client.Setup(c => c.ConfirmDeviceAsync(It.IsAny<ConfirmDeviceRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ConfirmDeviceResponse { UserConfirmationNecessary = false });
        _ = await h.SignInReachingAsync(
            SignInHarness.Done("alice", new NewDeviceMetadataType { DeviceKey = DeviceKey, DeviceGroupKey = GroupKey }), configure: r => r.TrackNewDevice());

        _ = await h.Kit.SignIn("alice", "Passw0rd!").SendAsync(default);

        Assert.Equal(2, h.Initiated.Count);
        Assert.All(h.Initiated, r => Assert.DoesNotContain("DEVICE_KEY", r.AuthParameters!.Keys));
        Assert.All(h.Responded, r => Assert.DoesNotContain("DEVICE_KEY", r.ChallengeResponses!.Keys));
    }

    [Fact]
    public async Task SignIn_WhenTheDeviceSrpIsRefused_SignsInAgainWithoutItAndSaysSo()
    {
        var h = new SignInHarness();
        h.OnInitiate(new InitiateAuthResponse
        {
            ChallengeName = "PASSWORD_VERIFIER", Session = "s-0123456789-0123456789", ChallengeParameters = SignInHarness.VerifierParameters("alice"),
        });
        h.OnRespond("PASSWORD_VERIFIER", _ => SignInHarness.Challenge("DEVICE_SRP_AUTH"), _ => SignInHarness.Done());
        h.OnRespond("DEVICE_SRP_AUTH", _ => throw new ResourceNotFoundException("Device does not exist."));

        var signedIn = Assert.IsType<SignedIn>(await h.Kit.SignIn("alice", "Passw0rd!").WithDevice(Kept).SendAsync(default));

        Assert.Equal(2, h.Initiated.Count);
        Assert.DoesNotContain("DEVICE_KEY", h.Initiated[1].AuthParameters!.Keys);
        Assert.Null(signedIn.Session.DeviceKey);
        Assert.True(signedIn.DeviceRefused);
    }

    [Fact]
    public async Task SignIn_WhenThePasswordVerifierRefusesTheDevice_SignsInAgainWithoutItAndSaysSo()
    {
        var h = new SignInHarness();
        h.OnInitiate(new InitiateAuthResponse
        {
            ChallengeName = "PASSWORD_VERIFIER", Session = "s-0123456789-0123456789", ChallengeParameters = SignInHarness.VerifierParameters("alice"),
        });
        h.OnRespond("PASSWORD_VERIFIER", _ => throw new ResourceNotFoundException("Device does not exist."), _ => SignInHarness.Challenge("SOFTWARE_TOKEN_MFA"));

        var totp = Assert.IsType<TotpCodeRequired>(await h.Kit.SignIn("alice", "Passw0rd!").WithDevice(Kept).SendAsync(default));

        Assert.Equal(2, h.Initiated.Count);
        Assert.DoesNotContain("DEVICE_KEY", h.Initiated[1].AuthParameters!.Keys);
        Assert.DoesNotContain("DEVICE_KEY", h.Responded[1].ChallengeResponses!.Keys);
        Assert.Equal("SOFTWARE_TOKEN_MFA", totp.Name);
    }

    [Fact]
    public async Task SignIn_WhenADevicePresentedGetsANewDeviceInstead_SaysTheKeptOneIsRefused()
    {
        var h = new SignInHarness();
        h.Client.Setup(c => c.ConfirmDeviceAsync(It.IsAny<ConfirmDeviceRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ConfirmDeviceResponse { UserConfirmationNecessary = false });

        var signedIn = Assert.IsType<SignedIn>(await h.SignInReachingAsync(
            SignInHarness.Done("alice", new NewDeviceMetadataType { DeviceKey = "us-east-1_other", DeviceGroupKey = GroupKey }), configure: r => r.WithDevice(Kept)));

        Assert.True(signedIn.DeviceRefused);
        Assert.Null(signedIn.NewDevice);
        Assert.Equal("us-east-1_other", signedIn.Session.DeviceKey);
    }

    [Fact]
    public async Task SignIn_WhenTheClientIsNotFound_DoesNotRetryWithoutTheDevice()
    {
        var h = new SignInHarness();
        h.Client.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .Callback<InitiateAuthRequest, CancellationToken>((r, _) => h.Initiated.Add(r))
            .ThrowsAsync(new ResourceNotFoundException("User pool client client1 does not exist."));

        await Assert.ThrowsAsync<ResourceNotFoundException>(() => h.Kit.SignIn("alice", "Passw0rd!").WithDevice(Kept).SendAsync(default));

        Assert.Single(h.Initiated);
    }

    [Theory]
    [InlineData("", GroupKey, DevicePassword)]
    [InlineData(DeviceKey, " ", DevicePassword)]
    [InlineData(DeviceKey, GroupKey, "")]
    public void WithDevice_LackingAPart_ThrowsNamingTheParameterWithoutThePassword(string key, string group, string password)
    {
        var h = new SignInHarness();

        var ex = Assert.Throws<ArgumentException>(() => h.Kit.SignIn("alice", "Passw0rd!").WithDevice(new DeviceSecrets(key, group, password)));

        Assert.Equal("device", ex.ParamName);
        Assert.DoesNotContain(DevicePassword, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrackNewDevice_WithEmptyName_ThrowsNamingDeviceName()
    {
        var h = new SignInHarness();

        var ex = Assert.Throws<ArgumentException>(() => h.Kit.SignIn("alice", "Passw0rd!").TrackNewDevice(""));

        Assert.Equal("deviceName", ex.ParamName);
    }

    [Fact]
    public void DeviceSecrets_ToString_HidesDevicePassword()
    {
        string text = Kept.ToString();

        Assert.DoesNotContain(DevicePassword, text, StringComparison.Ordinal);
        Assert.Contains(DeviceKey, text, StringComparison.Ordinal);
    }
}
