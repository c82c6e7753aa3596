namespace Webhooks.Cli;

/// <summary>The examples <c>--help</c> shows for each command.</summary>
internal static class Examples
{
    public const string Root = """
          dotnet webhooks send openai batch.completed --secret whsec_…
          dotnet webhooks send stripe invoice.paid --set data.object.amount_paid=500
          dotnet webhooks send github push --count 200 --concurrency 16
          dotnet webhooks sign shopify --event orders/create --data order.json
          dotnet webhooks verify stripe --headers request.headers --body request.json
          dotnet webhooks inbox list --status dead
          dotnet webhooks inbox replay --status dead --provider stripe
        """;

    public const string Send = """
          dotnet webhooks send openai                                  # the default event, batch.completed
          OPENAI_WEBHOOK_SECRET=whsec_… dotnet webhooks send openai response.completed
          dotnet webhooks send stripe payment_intent.succeeded --set data.object.amount=500 --set data.object.currency=eur
          dotnet webhooks send github pull_request --data pr.json --url http://localhost:8080
          cat event.json | dotnet webhooks send standard-webhooks --data - --secret-env MY_SECRET
          dotnet webhooks send twilio delivered --path /hooks/sms
          dotnet webhooks send openai --count 1000 --concurrency 32       # a burst: progress, then answers and latency
        """;

    public const string Sign = """
          dotnet webhooks sign openai --event batch.completed
          dotnet webhooks sign github --event push --data push.json > signed.txt
          dotnet webhooks sign twilio --event delivered --url https://example.com
        """;

    public const string Verify = """
          curl -s -D response.headers …                                  # or a proxy's capture of the request
          dotnet webhooks verify stripe --headers request.headers --body request.json
          dotnet webhooks verify slack --headers h.txt --body b.txt --tolerance off
          dotnet webhooks verify twilio --headers h.txt --body b.txt --url 'https://example.com/webhooks/twilio'
        """;

    public const string Inbox = """
          dotnet webhooks inbox overview
          dotnet webhooks inbox list --status dead --provider stripe --from 2h
          dotnet webhooks inbox show 42
          dotnet webhooks inbox replay 42
          dotnet webhooks inbox replay --status dead --provider stripe --max 1000
          dotnet webhooks inbox purge --status processed --to 7d
          dotnet webhooks inbox list --url https://ops.example.com --header 'Authorization: Bearer …' --json
        """;
}
