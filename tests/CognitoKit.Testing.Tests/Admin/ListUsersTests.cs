namespace CognitoKit.Testing.Tests.Admin;

public sealed class ListUsersTests
{
    private static async Task<Scenario> StartWithUsersAsync()
    {
        var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!", new Dictionary<string, string> { ["email"] = "ann@example.com", ["given_name"] = "Ann" });
        await s.Pool.AddUserAsync("anna", "Passw0rd!", new Dictionary<string, string> { ["email"] = "anna@example.org", ["given_name"] = "Anna \"Jo\"" });
        await s.Pool.AddUserAsync("bob", "Passw0rd!", new Dictionary<string, string> { ["email"] = "bob@example.com" });
        return s;
    }

    private static async Task<string[]> NamesAsync(Scenario s, string? filter)
    {
        var body = new JsonObject { ["UserPoolId"] = s.Pool.Id };
        if (filter is not null)
        {
            body["Filter"] = filter;
        }

        var result = await s.Wire.CallAsync("ListUsers", body);
        return [.. result["Users"]!.AsArray().Select(u => (string)u!["Username"]!)];
    }

    [Fact]
    public async Task Filter_ExactAndPrefix_MatchTheNamedAttribute()
    {
        await using var s = await StartWithUsersAsync();

        Assert.Equal(["ann", "anna", "bob"], await NamesAsync(s, null));
        Assert.Equal(["ann", "anna", "bob"], await NamesAsync(s, "  "));
        Assert.Equal(["bob"], await NamesAsync(s, "email = \"bob@example.com\""));
        Assert.Equal(["ann", "anna"], await NamesAsync(s, "username ^= \"ann\""));
        Assert.Equal(["ann"], await NamesAsync(s, "username=\"ann\""));
        Assert.Equal(["anna"], await NamesAsync(s, "given_name = \"Anna \\\"Jo\\\"\""));
        Assert.Empty(await NamesAsync(s, "email ^= \"ANN\""));
    }

    [Fact]
    public async Task Filter_OnStatusAndUserStatus_FollowsCognitosCaseRules()
    {
        await using var s = await StartWithUsersAsync();
        await s.Wire.CallAsync("AdminDisableUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "bob" });

        Assert.Equal(["bob"], await NamesAsync(s, "status = \"Disabled\""));
        Assert.Equal(["ann", "anna"], await NamesAsync(s, "status = \"Enabled\""));
        Assert.Empty(await NamesAsync(s, "status = \"disabled\""));
        Assert.Equal(["ann", "anna", "bob"], await NamesAsync(s, "cognito:user_status = \"confirmed\""));
    }

    [Theory]
    [InlineData("custom:team = \"a\"", "Invalid search attribute: custom:team")]
    [InlineData("email", "expected attribute_name")]
    [InlineData("email = bob", "double quotes")]
    [InlineData("email = \"bob", "closing quote")]
    [InlineData("email = \"a\" and name = \"b\"", "only one attribute")]
    public async Task Filter_Malformed_AnswersInvalidParameterSayingWhy(string filter, string expected)
    {
        await using var s = await StartWithUsersAsync();

        var message = await s.Wire.FailAsync("ListUsers", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Filter"] = filter }, "InvalidParameterException");

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pagination_WalksEveryUserOnce_AndAttributesToGetNarrowsTheAttributes()
    {
        await using var s = await StartWithUsersAsync();
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var body = new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Limit"] = 2, ["AttributesToGet"] = new JsonArray("email") };
            if (token is not null)
            {
                body["PaginationToken"] = token;
            }

            var page = await s.Wire.CallAsync("ListUsers", body);
            foreach (var user in page["Users"]!.AsArray())
            {
                seen.Add((string)user!["Username"]!);
                Assert.Equal(["email"], user["Attributes"]!.AsArray().Select(a => (string)a!["Name"]!));
            }

            token = (string?)page["PaginationToken"];
            pages++;
        }
        while (token is not null);

        Assert.Equal(["ann", "anna", "bob"], seen);
        Assert.Equal(2, pages);
        await s.Wire.FailAsync("ListUsers", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Limit"] = 61 }, "InvalidParameterException");
    }
}
