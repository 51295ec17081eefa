using System.Net;
using CognitoKit.Errors;

namespace CognitoKit.Tests.Protocol;

public sealed class CognitoErrorFactoryTests
{
    public static TheoryData<string> Codes() => new(CognitoErrorFactory.KnownCodes);

    [Theory]
    [MemberData(nameof(Codes))]
    public void Create_KnownCode_GivesItsOwnSealedPublicTypeKeepingEverything(string code)
    {
        CognitoException ex = CognitoErrorFactory.Create(code, "msg", "rid-1", HttpStatusCode.Conflict);

        Assert.Equal(code, ex.GetType().Name);
        Assert.Equal(code, ex.ErrorCode);
        Assert.Equal("msg", ex.Message);
        Assert.Equal("rid-1", ex.RequestId);
        Assert.Equal(HttpStatusCode.Conflict, ex.StatusCode);
        Assert.True(ex.GetType().IsSealed && ex.GetType().IsPublic);
    }

    [Theory]
    [InlineData("TooManyRequestsException", true)]
    [InlineData("InternalErrorException", true)]
    [InlineData("ConcurrentModificationException", true)]
    [InlineData("ExternalServiceException", true)]
    [InlineData("NotAuthorizedException", false)]
    [InlineData("LimitExceededException", false)]
    [InlineData("TooManyFailedAttemptsException", false)]
    [InlineData("CodeMismatchException", false)]
    public void IsTransient_IsTrueOnlyForThrottlingAndServiceSideFaults(string code, bool transient)
    {
        Assert.Equal(transient, CognitoErrorFactory.Create(code, "m", null, HttpStatusCode.BadRequest).IsTransient);
    }

    [Fact]
    public void Create_UnknownCode_GivesTheBaseTypeWithTheCode()
    {
        CognitoException ex = CognitoErrorFactory.Create("WeirdNewException", "m", null, HttpStatusCode.BadRequest);

        Assert.Equal(typeof(CognitoException), ex.GetType());
        Assert.Equal("WeirdNewException", ex.ErrorCode);
        Assert.False(ex.IsTransient);
    }
}
