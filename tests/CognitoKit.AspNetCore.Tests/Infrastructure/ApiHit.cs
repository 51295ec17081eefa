namespace CognitoKit.AspNetCore.Tests.Infrastructure;

/// <summary>One request the API answered: which test sent it, where, with which bearer token, and the status it got.</summary>
public sealed record ApiHit(string? TestId, string Path, string? BearerToken, int Status);
