namespace CognitoKit.Testing.Tests;

public sealed class RequestLogCapacityTests
{
    [Fact]
    public async Task RequestLog_HoldsTheNewestCapacityRequests_AndStillCountsEveryOne()
    {
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { RequestLogCapacity = 3 });
        using var http = new HttpClient { BaseAddress = cognito.Endpoint };

        for (var i = 0; i < 5; i++)
        {
            using var response = await http.GetAsync($"/path-{i}");
        }

        Assert.Equal(3, cognito.Requests.Capacity);
        Assert.Equal(["GET /path-2", "GET /path-3", "GET /path-4"], cognito.Requests.All.Select(r => r.Operation));
        Assert.Equal(5, cognito.Requests.Total);
        Assert.Equal(2, cognito.Requests.Dropped);
        Assert.Equal(1, cognito.Requests.Count("GET /path-0"));
    }

    [Fact]
    public async Task RequestLog_Clear_ForgetsTheRequestsTheCountsAndTheDropped()
    {
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { RequestLogCapacity = 2 });
        using var http = new HttpClient { BaseAddress = cognito.Endpoint };
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.GetAsync("/before");
        }

        cognito.Requests.Clear();
        using (await http.GetAsync("/after"))
        {
        }

        RecordedRequest only = Assert.Single(cognito.Requests.All);
        Assert.Equal("GET /after", only.Operation);
        Assert.Equal(1, cognito.Requests.Total);
        Assert.Equal(0, cognito.Requests.Dropped);
        Assert.Equal(0, cognito.Requests.Count("GET /before"));
    }

    [Fact]
    public async Task RequestLogCapacityZero_KeepsNoRequest_ButCountsThem()
    {
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { RequestLogCapacity = 0 });
        using var http = new HttpClient { BaseAddress = cognito.Endpoint };

        using (await http.GetAsync("/x"))
        {
        }

        Assert.Empty(cognito.Requests.All);
        Assert.Equal(1, cognito.Requests.Count("GET /x"));
        Assert.Equal(1, cognito.Requests.Dropped);
    }

    [Fact]
    public async Task DefaultCapacities_AreTenThousand()
    {
        await using var cognito = await CognitoEmulator.StartAsync();

        Assert.Equal(10_000, cognito.Requests.Capacity);
        Assert.Equal(10_000, cognito.Inbox.Capacity);
    }

    [Theory]
    [InlineData(-1, 0, "RequestLogCapacity")]
    [InlineData(0, -1, "InboxCapacity")]
    public async Task NegativeCapacity_IsRefusedAtStart(int requestLog, int inbox, string name)
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            CognitoEmulator.StartAsync(new CognitoEmulatorOptions { RequestLogCapacity = requestLog, InboxCapacity = inbox }));

        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public async Task Inbox_HoldsTheNewestCapacityMessages()
    {
        await using var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { InboxCapacity = 2 });
        var pool = await cognito.CreateUserPoolAsync("pool", p => p["AutoVerifiedAttributes"] = new JsonArray("email"));
        var client = await pool.CreateClientAsync("app");
        using var wire = new Wire(cognito.Endpoint);
        foreach (var name in new[] { "ann", "bob", "cid" })
        {
            await wire.CallAsync("SignUp", new JsonObject
            {
                ["ClientId"] = client.ClientId,
                ["Username"] = name,
                ["Password"] = "Passw0rd!",
                ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = name + "@example.com" }),
            });
        }

        Assert.Equal(["bob", "cid"], cognito.Inbox.All.Select(m => m.Username));
        Assert.Null(cognito.Inbox.Latest("ann"));
        Assert.Equal(6, cognito.Inbox.LatestCode("cid").Length);
    }
}
