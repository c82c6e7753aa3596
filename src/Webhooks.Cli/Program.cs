using Webhooks.Cli;

return await WebhooksCli.RunAsync(args, CliContext.FromConsole());
