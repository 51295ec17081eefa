using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace CognitoKit.DependencyInjection;

/// <summary>
/// The options of one named instance as an <see cref="IOptions{TOptions}"/>, read (and validated) on first use like
/// the default instance's, so the parts take the same constructor argument whichever instance they belong to.
/// </summary>
internal sealed class NamedOptions<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IOptionsMonitor<TOptions> monitor, string name) : IOptions<TOptions>
    where TOptions : class
{
    public TOptions Value => monitor.Get(name);
}
