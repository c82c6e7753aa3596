using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Webhooks.Cli.Inbox;
using Webhooks.Cli.Output;

namespace Webhooks.Cli.Commands.Inbox;

/// <summary><c>inbox show &lt;id&gt;</c>: one delivery with its headers, body and every attempt.</summary>
internal static class InboxShowCommand
{
    public static Command Create(CliContext context, InboxOptions options)
    {
        var id = new Argument<long>("id") { Description = "The delivery's id (the first column of inbox list)." };
        var command = new Command("show", "Show one delivery: its state, headers, body (JSON indented) and every attempt with its error.") { id };
        command.SetAction(async (parse, ct) =>
        {
            using var api = options.Api(parse);
            var number = parse.GetValue(id);
            if (await api.GetAsync(number, ct) is not { } d)
            {
                context.Error.WriteLine($"error: there is no delivery {number}.");
                return ExitCodes.Failed;
            }

            if (parse.GetValue(options.Json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(d, AdminJsonContext.Default.DeliveryDetail));
                return ExitCodes.Success;
            }

            Write(context, d);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(CliContext context, DeliveryDetail d)
    {
        var now = DateTimeOffset.UtcNow;
        var output = context.Out;
        output.WriteLine($"Delivery {d.Id}: {d.Provider} {d.EventType}, {d.Status} after {d.Attempts} attempt{(d.Attempts == 1 ? "" : "s")}");
        Field(output, "delivery id", d.DeliveryId);
        Field(output, "handler", d.Handler);
        Field(output, "received", $"{Times.Utc(d.ReceivedAt)} ({Times.Age(d.ReceivedAt, now)})");
        Field(output, "signed", d.SignedAt is null ? null : Times.Utc(d.SignedAt));
        Field(output, "due", d.Status == "pending" && d.DueAt is { } due ? (due <= now ? "now" : Times.Utc(due)) : null);
        Field(output, "processed", d.ProcessedAt is null ? null : Times.Utc(d.ProcessedAt));
        Field(output, "trace", d.TraceParent);
        Field(output, "last error", d.LastError);

        output.WriteLine();
        output.WriteLine("Headers:");
        foreach (var (name, values) in d.Headers ?? [])
        {
            foreach (var value in values)
            {
                output.WriteLine($"  {name}: {value}");
            }
        }

        output.WriteLine();
        output.WriteLine(d.Body is not null ? "Body:" : $"Body (not UTF-8; base64, {Convert.FromBase64String(d.BodyBase64 ?? "").Length} bytes):");
        output.WriteLine(d.Body is not null ? JsonText.Pretty(d.Body) : d.BodyBase64);

        if (d.History is { Count: > 0 } history)
        {
            output.WriteLine();
            var table = new Table().Border(TableBorder.Rounded).Title("Attempts")
                .AddColumn(new TableColumn("#").RightAligned()).AddColumn("started").AddColumn(new TableColumn("took").RightAligned()).AddColumn("outcome").AddColumn("error");
            foreach (var attempt in history)
            {
                table.AddRow(
                    attempt.Attempt.ToString(CultureInfo.InvariantCulture), Times.Utc(attempt.StartedAt),
                    (attempt.EndedAt - attempt.StartedAt).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms",
                    InboxListCommand.Status(attempt.Outcome), Markup.Escape(attempt.Error ?? ""));
            }

            context.Console.Write(table);
        }
    }

    private static void Field(TextWriter output, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            output.WriteLine($"  {name,-12} {value}");
        }
    }
}
