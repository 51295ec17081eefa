using BenchmarkDotNet.Running;
using CognitoKit.Benchmarks;

// --srp-quick: a stopwatch timing of the SRP rows, for machines too slow for BenchmarkDotNet (see SrpQuickTiming).
if (args.Length > 0 && args[0] == SrpQuickTiming.Option)
{
    return SrpQuickTiming.Run(args[1..]);
}

// When the token-validation suite is selected, aws-jwt-verify (node) is timed on the same token before and after it,
// and a table with every row of the suite and the node row is printed at the end: see TokenValidationNodeRow.
string? fixture = null;
NodeTiming? before = null;
if (TokenValidationNodeRow.IsSelected(args))
{
    fixture = TokenValidationNodeRow.PrepareFixture();
    before = TokenValidationNodeRow.Measure(fixture);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

if (fixture is not null && before is not null)
{
    TokenValidationNodeRow.Print(summaries, before, TokenValidationNodeRow.Measure(fixture));
    File.Delete(fixture);
}

return 0;
