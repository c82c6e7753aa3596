namespace Webhooks.Cli;

/// <summary>A command line that can't be carried out as written: exit code 2, with a message that says what to change.</summary>
internal sealed class CliUsageException(string message) : Exception(message);

/// <summary>The app could not be reached at all: exit code 3.</summary>
internal sealed class AppUnreachableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The app answered, but not as asked (an admin API error): exit code 1.</summary>
internal sealed class CliFailureException(string message) : Exception(message);
