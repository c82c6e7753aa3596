namespace Webhooks.Cli;

/// <summary>The exit codes scripts can rely on; <c>--help</c> and the README list them.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked: every send answered 2xx, the signature is valid, the inbox call succeeded.</summary>
    public const int Success = 0;

    /// <summary>The check or send failed: an answer that is not 2xx, an invalid signature, an admin API error.</summary>
    public const int Failed = 1;

    /// <summary>The command line is wrong: an unknown option or provider, no secret, a file that can't be read.</summary>
    public const int Usage = 2;

    /// <summary>The app could not be reached: nothing listens at the URL, or it didn't answer in time.</summary>
    public const int Unreachable = 3;

    /// <summary>The lines <c>--help</c> ends with.</summary>
    public const string Help = """
        Exit codes:
          0  success (every answer 2xx, signature valid, inbox call done)
          1  the check or send failed (an answer not 2xx, an invalid signature, an admin API error)
          2  usage error (unknown option or provider, no secret, unreadable file)
          3  could not reach the app (nothing listens at --url, or no answer in time)
        """;
}
