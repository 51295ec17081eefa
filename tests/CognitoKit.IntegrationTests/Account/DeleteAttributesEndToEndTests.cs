using CognitoKit.Errors;
using CognitoKit.IntegrationTests.Infrastructure;
using static CognitoKit.IntegrationTests.Account.AccountFlows;

namespace CognitoKit.IntegrationTests.Account;

[Collection(EmulatorCollection.Name)]
public sealed class DeleteAttributesEndToEndTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task DeleteAttributes_RemovesThem_AndAVerifiedEmailLosesItsVerification()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings());
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password, new Dictionary<string, string>
        {
            ["email"] = username + "@example.com", ["given_name"] = "Alice", ["family_name"] = "Liddell",
        });
        CognitoAccount account = pool.Kit.Account(await SignInAsync(pool.Kit, username, Password));

        await account.DeleteAttributesAsync(["given_name", "email"]);
        CognitoUser user = await account.GetUserAsync();

        Assert.False(user.Attributes.ContainsKey("given_name"));
        Assert.False(user.Attributes.ContainsKey("email"));
        Assert.False(user.Attributes.ContainsKey("email_verified"));
        Assert.Equal("Liddell", user.Attributes["family_name"]);
    }

    [Fact]
    public async Task DeleteAttributes_OfAnImmutableAttribute_IsRefusedAndNothingIsDeleted()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings());
        string username = NewUsername();
        await pool.CreateUserAsync(username, Password, new Dictionary<string, string> { ["given_name"] = "Alice" });
        CognitoAccount account = pool.Kit.Account(await SignInAsync(pool.Kit, username, Password));

        await Assert.ThrowsAsync<InvalidParameterException>(() => account.DeleteAttributesAsync(["given_name", "sub"]));
        await Assert.ThrowsAsync<ArgumentException>(() => account.DeleteAttributesAsync([]));

        Assert.Equal("Alice", (await account.GetUserAsync()).Attributes["given_name"]);
    }
}
