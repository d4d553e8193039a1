namespace Participation.Governance.Cli;

/// <summary>
/// Bad arguments found while a command runs (beyond what the parser checks): reported as one line on
/// standard error with exit code 2.
/// </summary>
internal sealed class UsageException(string message) : Exception(message);
