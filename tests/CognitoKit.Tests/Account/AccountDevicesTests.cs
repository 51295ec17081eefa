using CognitoKit.Protocol.UserPools;
using Moq;

namespace CognitoKit.Tests.Account;

public sealed class AccountDevicesTests
{
    [Fact]
    public async Task List_ReadsEveryPage_AndMarksTheCurrentDevice()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.ListDevicesAsync(It.Is<ListDevicesRequest>(r => r.PaginationToken == null), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListDevicesResponse
            {
                Devices = [Device("dk-1", "remembered", "Laptop")],
                PaginationToken = "page-2",
            });
        host.Client.Setup(c => c.ListDevicesAsync(It.Is<ListDevicesRequest>(r => r.PaginationToken == "page-2"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListDevicesResponse { Devices = [Device("dk-2", "not_remembered", null)] });

        IReadOnlyList<CognitoDevice> devices = await host.Cognito.Account(AccountTestHost.Session(deviceKey: "dk-2")).Devices.ListAsync();

        Assert.Equal(new[] { "dk-1", "dk-2" }, devices.Select(d => d.DeviceKey));
        Assert.Equal(("Laptop", true, false), (devices[0].Name, devices[0].IsRemembered, devices[0].IsCurrent));
        Assert.Equal((null, false, true), (devices[1].Name, devices[1].IsRemembered, devices[1].IsCurrent));
    }

    [Theory]
    [InlineData(true, "remembered")]
    [InlineData(false, "not_remembered")]
    public async Task RememberAndDoNotRemember_SendTheStatus(bool remember, string expected)
    {
        var host = new AccountTestHost();
        UpdateDeviceStatusRequest? sent = null;
        host.Client.Setup(c => c.UpdateDeviceStatusAsync(It.IsAny<UpdateDeviceStatusRequest>(), It.IsAny<CancellationToken>()))
            .Callback<UpdateDeviceStatusRequest, CancellationToken>((r, _) => sent = r)
            .ReturnsAsync(new UpdateDeviceStatusResponse());
        CognitoAccountDevices devices = host.Cognito.Account(AccountTestHost.Session()).Devices;

        await (remember ? devices.RememberAsync("dk-7") : devices.DoNotRememberAsync("dk-7"));

        Assert.Equal(("dk-7", expected), (sent!.DeviceKey, sent.DeviceRememberedStatus));
    }

    [Fact]
    public async Task Forget_TheSessionsDevice_ForgetsItAtCognitoAndInTheSession()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.ForgetDeviceAsync(It.Is<ForgetDeviceRequest>(r => r.DeviceKey == "dk-1" && r.AccessToken == "access-1"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ForgetDeviceResponse());
        CognitoSession session = AccountTestHost.Session(deviceKey: "dk-1");

        await host.Cognito.Account(session).Devices.ForgetAsync("dk-1");

        host.Client.Verify(c => c.ForgetDeviceAsync(It.IsAny<ForgetDeviceRequest>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Null(session.DeviceKey);
    }

    [Fact]
    public async Task Forget_AnotherDevice_KeepsTheSessionsDevice()
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.ForgetDeviceAsync(It.IsAny<ForgetDeviceRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ForgetDeviceResponse());
        CognitoSession session = AccountTestHost.Session(deviceKey: "dk-1");

        await host.Cognito.Account(session).Devices.ForgetAsync("dk-other");

        host.Client.Verify(c => c.ForgetDeviceAsync(It.Is<ForgetDeviceRequest>(r => r.DeviceKey == "dk-other"), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal("dk-1", session.DeviceKey);
    }

    [Fact]
    public async Task Forget_WithEmptyKey_ThrowsNamingDeviceKey()
    {
        var host = new AccountTestHost();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => host.Cognito.Account(AccountTestHost.Session()).Devices.ForgetAsync(""));

        Assert.Equal("deviceKey", ex.ParamName);
    }

    [Theory]
    [InlineData("remembered", true)]
    [InlineData("not_remembered", false)]
    [InlineData("valid", null)]
    public async Task List_WithoutTheRememberedAttribute_ReadsDeviceStatus(string deviceStatus, bool? expected)
    {
        var host = new AccountTestHost();
        host.Client.Setup(c => c.ListDevicesAsync(It.IsAny<ListDevicesRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListDevicesResponse
            {
                Devices = [new DeviceType { DeviceKey = "dk-1", DeviceAttributes = [new AttributeType { Name = "device_status", Value = deviceStatus }] }],
            });

        CognitoDevice device = Assert.Single(await host.Cognito.Account(AccountTestHost.Session()).Devices.ListAsync());

        Assert.Equal(expected, device.IsRemembered);
    }

    private static DeviceType Device(string key, string status, string? name)
    {
        List<AttributeType> attributes = [new AttributeType { Name = "dev:device_remembered_status", Value = status }];
        if (name is not null)
        {
            attributes.Add(new AttributeType { Name = "device_name", Value = name });
        }

        return new DeviceType { DeviceKey = key, DeviceAttributes = attributes };
    }
}
