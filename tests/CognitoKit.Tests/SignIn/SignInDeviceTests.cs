using CognitoKit.Protocol.UserPools;
using Moq;

namespace CognitoKit.Tests.SignIn;

public sealed class SignInDeviceTests
{
    private const string DeviceKey = "us-east-1_0f0e0d0c-0000-4000-8000-000000000001";
    private const string GroupKey = "-Group123";

    [Fact]
    public async Task SignIn_WithNewDeviceMetadata_ConfirmsDeviceAndStoresItUnderBothNames()
    {
        var h = new SignInHarness();
        ConfirmDeviceRequest? confirmed = null;
        h.Client.Setup(c => c.ConfirmDeviceAsync(It.IsAny<ConfirmDeviceRequest>(), It.IsAny<CancellationToken>()))
            .Callback<ConfirmDeviceRequest, CancellationToken>((r, _) => confirmed = r)
            .ReturnsAsync(new ConfirmDeviceResponse { UserConfirmationNecessary = false });
        var metadata = new NewDeviceMetadataType { DeviceKey = DeviceKey, DeviceGroupKey = GroupKey };

        var signedIn = Assert.IsType<SignedIn>(await h.SignInReachingAsync(SignInHarness.Done("real-user", metadata), username: "alice@example.com"));

        Assert.NotNull(confirmed);
        Assert.Equal(DeviceKey, confirmed.DeviceKey);
        Assert.False(string.IsNullOrEmpty(confirmed.DeviceSecretVerifierConfig!.PasswordVerifier));
        Assert.False(string.IsNullOrEmpty(confirmed.DeviceSecretVerifierConfig.Salt));
        Assert.Equal(DeviceKey, signedIn.Session.DeviceKey);
        Assert.True(signedIn.NewDevice!.IsRemembered);
        Assert.Equal(DeviceKey, (await h.Devices.GetAsync(SignInHarness.PoolId, "real-user", default))!.DeviceKey);
        Assert.Equal(DeviceKey, (await h.Devices.GetAsync(SignInHarness.PoolId, "alice@example.com", default))!.DeviceKey);
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
            SignInHarness.Done("alice", new NewDeviceMetadataType { DeviceKey = DeviceKey, DeviceGroupKey = GroupKey })));
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
            SignInHarness.Done("alice", new NewDeviceMetadataType { DeviceKey = DeviceKey, DeviceGroupKey = GroupKey })));

        Assert.Null(signedIn.NewDevice);
        Assert.Null(signedIn.Session.DeviceKey);
        Assert.Null(await h.Devices.GetAsync(SignInHarness.PoolId, "alice", default));
    }

    [Fact]
    public async Task SignIn_WithStoredDevice_SendsDeviceKeyAndAnswersDeviceSrpAutomatically()
    {
        var h = new SignInHarness(withSecret: true);
        await h.Devices.SaveAsync(SignInHarness.PoolId, "alice", new DeviceSecrets(DeviceKey, GroupKey, "ZGV2aWNlLXBhc3N3b3Jk"), default);
        h.OnInitiate(new InitiateAuthResponse
        {
            ChallengeName = "PASSWORD_VERIFIER", Session = "s-0123456789-0123456789", ChallengeParameters = SignInHarness.VerifierParameters("alice"),
        });
        h.OnRespond("PASSWORD_VERIFIER", _ => SignInHarness.Challenge("DEVICE_SRP_AUTH"));
        h.OnRespond("DEVICE_SRP_AUTH", _ => SignInHarness.Challenge("DEVICE_PASSWORD_VERIFIER", SignInHarness.VerifierParameters("alice")));
        h.OnRespond("DEVICE_PASSWORD_VERIFIER", _ => SignInHarness.Done());

        var signedIn = Assert.IsType<SignedIn>(await h.Kit.SignIn("alice", "Passw0rd!").SendAsync(default));

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
    }

    [Fact]
    public async Task SignIn_WhenStoredDeviceIsUnknownToCognito_ForgetsItAndSignsInWithoutIt()
    {
        var h = new SignInHarness();
        await h.Devices.SaveAsync(SignInHarness.PoolId, "alice", new DeviceSecrets(DeviceKey, GroupKey, "ZGV2aWNlLXBhc3N3b3Jk"), default);
        h.OnInitiate(new InitiateAuthResponse
        {
            ChallengeName = "PASSWORD_VERIFIER", Session = "s-0123456789-0123456789", ChallengeParameters = SignInHarness.VerifierParameters("alice"),
        });
        h.OnRespond("PASSWORD_VERIFIER", _ => SignInHarness.Challenge("DEVICE_SRP_AUTH"), _ => SignInHarness.Done());
        h.OnRespond("DEVICE_SRP_AUTH", _ => throw new ResourceNotFoundException("Device does not exist."));

        var signedIn = Assert.IsType<SignedIn>(await h.Kit.SignIn("alice", "Passw0rd!").SendAsync(default));

        Assert.Equal(2, h.Initiated.Count);
        Assert.DoesNotContain("DEVICE_KEY", h.Initiated[1].AuthParameters!.Keys);
        Assert.Null(await h.Devices.GetAsync(SignInHarness.PoolId, "alice", default));
        Assert.Null(signedIn.Session.DeviceKey);
    }

    [Fact]
    public void DeviceSecrets_ToString_HidesDevicePassword()
    {
        string text = new DeviceSecrets(DeviceKey, GroupKey, "ZGV2aWNlLXBhc3N3b3Jk").ToString();

        Assert.DoesNotContain("ZGV2aWNlLXBhc3N3b3Jk", text, StringComparison.Ordinal);
        Assert.Contains(DeviceKey, text, StringComparison.Ordinal);
    }
}
