namespace CognitoKit.Tests.Admin;

public sealed class UserFilterTests
{
    [Fact]
    public void EqualTo_QuotesTheValue()
    {
        Assert.Equal("email = \"ann@example.com\"", UserFilter.EqualTo("email", "ann@example.com").Expression);
    }

    [Fact]
    public void StartsWith_UsesThePrefixOperator()
    {
        Assert.Equal("family_name ^= \"Red\"", UserFilter.StartsWith("family_name", "Red").Expression);
    }

    [Theory]
    [InlineData("Reddy\"", "name = \"Reddy\\\"\"")]
    [InlineData("a\\", "name = \"a\\\\\"")]
    [InlineData("x\" or email ^= \"", "name = \"x\\\" or email ^= \\\"\"")]
    [InlineData("\\\"", "name = \"\\\\\\\"\"")]
    public void EqualTo_EscapesQuotesAndBackslashes_SoTheValueCannotCloseTheString(string value, string expected)
    {
        string expression = UserFilter.EqualTo("name", value).Expression;

        Assert.Equal(expected, expression);
        Assert.Equal(value, ReadQuotedValue(expression));
    }

    [Theory]
    [InlineData("custom:team")]
    [InlineData("Email")]
    [InlineData("email_verified")]
    [InlineData("")]
    public void AnAttributeCognitoCannotSearch_IsRefused_NamingTheSearchableOnes(string attribute)
    {
        var ex = Assert.Throws<ArgumentException>(() => UserFilter.EqualTo(attribute, "x"));

        Assert.Equal("attribute", ex.ParamName);
        Assert.Contains("preferred_username", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadValues_AreRefusedWithTypedErrors()
    {
        Assert.Throws<ArgumentNullException>(() => UserFilter.EqualTo("email", null!));
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => UserFilter.EqualTo("email", "a\nb")).ParamName);
        Assert.Equal("prefix", Assert.Throws<ArgumentException>(() => UserFilter.StartsWith("email", "")).ParamName);
        Assert.Throws<ArgumentException>(() => UserFilter.EqualTo("email", new string('a', 250)));
    }

    [Fact]
    public void ToString_LeavesTheValueOut()
    {
        string shown = UserFilter.EqualTo("email", "ann@example.com").ToString();

        Assert.DoesNotContain("ann@example.com", shown, StringComparison.Ordinal);
        Assert.Contains("email =", shown, StringComparison.Ordinal);
    }

    // Reads the value back the way Cognito does: a backslash takes the next character as is; the first bare quote ends it.
    private static string ReadQuotedValue(string expression)
    {
        int start = expression.IndexOf('"', StringComparison.Ordinal) + 1;
        var value = new System.Text.StringBuilder();
        for (int i = start; i < expression.Length; i++)
        {
            if (expression[i] == '\\')
            {
                value.Append(expression[++i]);
            }
            else if (expression[i] == '"')
            {
                Assert.Equal(expression.Length - 1, i);
                return value.ToString();
            }
            else
            {
                value.Append(expression[i]);
            }
        }

        throw new Xunit.Sdk.XunitException("The value is not closed.");
    }
}
