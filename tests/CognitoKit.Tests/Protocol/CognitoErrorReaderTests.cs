using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CognitoKit.Errors;
using CognitoKit.Protocol;

namespace CognitoKit.Tests.Protocol;

public sealed class CognitoErrorReaderTests
{
    private static CognitoException Read(string body, HttpStatusCode status = HttpStatusCode.BadRequest, params (string Name, string Value)[] headers)
    {
        using var response = new HttpResponseMessage(status);
        foreach (var (name, value) in headers) { response.Headers.TryAddWithoutValidation(name, value); }
        return CognitoErrorReader.Read(status, response.Headers, Encoding.UTF8.GetBytes(body));
    }

    [Fact]
    public void Read_TypeWithNamespacePrefix_GivesTheTypedException()
    {
        var ex = Read("""{"__type":"com.amazonaws.cognito.identity.idp.model#UserNotFoundException","message":"User does not exist."}""");

        var typed = Assert.IsType<UserNotFoundException>(ex);
        Assert.Equal("UserNotFoundException", typed.ErrorCode);
        Assert.Equal("User does not exist.", typed.Message);
    }

    [Fact]
    public void Read_ErrorTypeHeaderWithUriSuffix_GivesTheTypedException()
    {
        var ex = Read("{}", HttpStatusCode.BadRequest, ("x-amzn-ErrorType", "CodeMismatchException:http://internal.amazon.com/coral/com.amazonaws.cognito.identity.idp/"));

        Assert.IsType<CodeMismatchException>(ex);
    }

    [Fact]
    public void Read_HeaderAndBodyDisagree_TheHeaderWins()
    {
        var ex = Read("""{"__type":"InternalErrorException"}""", HttpStatusCode.BadRequest, ("x-amzn-ErrorType", "ExpiredCodeException"));

        Assert.IsType<ExpiredCodeException>(ex);
    }

    [Fact]
    public void Read_CapitalMessage_IsUsed()
    {
        var ex = Read("""{"__type":"NotAuthorizedException","Message":"Incorrect username or password."}""");

        Assert.IsType<NotAuthorizedException>(ex);
        Assert.Equal("Incorrect username or password.", ex.Message);
    }

    [Fact]
    public void Read_LowercaseMessage_IsUsed()
    {
        var ex = Read("""{"message":"Rate exceeded","__type":"TooManyRequestsException"}""");

        Assert.Equal("Rate exceeded", ex.Message);
        Assert.True(ex.IsTransient);
    }

    [Fact]
    public void Read_NoMessage_FallsBackToTheCode()
    {
        var ex = Read("""{"__type":"ResourceNotFoundException"}""");

        Assert.Equal("ResourceNotFoundException", ex.Message);
    }

    [Fact]
    public void Read_RequestIdHeader_IsKept()
    {
        var ex = Read("""{"__type":"InvalidParameterException","message":"x"}""", HttpStatusCode.BadRequest, ("x-amzn-RequestId", "9c0e5a1b-rid"));

        Assert.Equal("9c0e5a1b-rid", ex.RequestId);
    }

    [Fact]
    public void Read_UnknownCode_GivesTheBaseWithTheCodeKept()
    {
        var ex = Read("""{"__type":"aws#BrandNewException","message":"new"}""");

        Assert.Equal(typeof(CognitoException), ex.GetType());
        Assert.Equal("BrandNewException", ex.ErrorCode);
    }

    [Fact]
    public void Read_StatusIsNeverUsedToTellErrorsApart()
    {
        var at400 = Read("""{"__type":"InternalErrorException"}""", HttpStatusCode.BadRequest);
        var at500 = Read("""{"__type":"NotAuthorizedException"}""", HttpStatusCode.InternalServerError);

        Assert.IsType<InternalErrorException>(at400);
        Assert.IsType<NotAuthorizedException>(at500);
        Assert.Equal(HttpStatusCode.InternalServerError, at500.StatusCode);
    }

    [Fact]
    public void Read_HtmlPageFromAProxy_GivesProtocolErrorWithStatusAndShortExcerpt()
    {
        string page = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>" + new string('x', 5000) + "</body></html>";

        var ex = Read(page, HttpStatusCode.BadGateway);

        var protocol = Assert.IsType<CognitoProtocolException>(ex);
        Assert.Equal(HttpStatusCode.BadGateway, protocol.StatusCode);
        Assert.Contains("502", protocol.Message, StringComparison.Ordinal);
        Assert.Contains("<title>502 Bad Gateway</title>", protocol.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", protocol.Message, StringComparison.Ordinal);
        Assert.True(protocol.Message.Length < 400, protocol.Message);
        Assert.True(protocol.IsTransient);
    }

    [Fact]
    public void Read_EmptyBody_GivesProtocolErrorNamingIt()
    {
        var ex = Read(string.Empty, HttpStatusCode.ServiceUnavailable);

        var protocol = Assert.IsType<CognitoProtocolException>(ex);
        Assert.Contains("503", protocol.Message, StringComparison.Ordinal);
        Assert.Contains("empty body", protocol.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonWithoutCode_GivesProtocolErrorWithoutEchoingTheBody()
    {
        var ex = Read("""{"AccessToken":"eyJsecret-token-value"}""", HttpStatusCode.BadRequest);

        var protocol = Assert.IsType<CognitoProtocolException>(ex);
        Assert.Contains("400", protocol.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-value", protocol.Message, StringComparison.Ordinal);
        Assert.False(protocol.IsTransient);
    }

    [Fact]
    public void Read_ValidationMessageEchoingAValue_DropsTheValue()
    {
        var ex = Read("""{"__type":"InvalidParameterException","message":"1 validation error detected: Value 'hunter2-Password!' at 'password' failed to satisfy constraint"}""");

        Assert.DoesNotContain("hunter2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at 'password'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ControlCharactersInExcerpt_AreFlattened()
    {
        var ex = Read("Service\u0007 Unavailable\r\n\tplease retry", HttpStatusCode.ServiceUnavailable);

        Assert.DoesNotContain('\u0007', ex.Message);
        Assert.Contains("Service Unavailable please retry", ex.Message, StringComparison.Ordinal);
    }
}
