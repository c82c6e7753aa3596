using Microsoft.Extensions.Options;

namespace Webhooks.Inbox;

/// <summary>Fails start-up on inbox options that can't work, naming the key.</summary>
internal sealed class WebhookInboxOptionsValidator : IValidateOptions<WebhookInboxOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookInboxOptions options)
    {
        var section = WebhookInboxOptionsReader.Section;
        var failures = new List<string>();
        if (options.Workers < 1)
        {
            failures.Add($"{section}:Workers must be at least 1.");
        }

        if (options.MaxBatchSize < 1)
        {
            failures.Add($"{section}:MaxBatchSize must be at least 1.");
        }

        if (options.LeaseDuration < TimeSpan.FromSeconds(1))
        {
            failures.Add($"{section}:LeaseDuration must be at least one second: running handlers renew it every third of it.");
        }

        if (options.PollInterval <= TimeSpan.Zero || options.StoreTimeout <= TimeSpan.Zero || options.InlineClaimTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{section}:PollInterval, StoreTimeout and InlineClaimTimeout must be above zero.");
        }

        if (options.Retention < TimeSpan.Zero || options.GroupCommitWindow < TimeSpan.Zero)
        {
            failures.Add($"{section}:Retention and GroupCommitWindow can't be negative.");
        }

        if (options.RetrySchedule.Any(wait => wait < TimeSpan.Zero))
        {
            failures.Add($"{section}:RetrySchedule can't have a negative wait.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
