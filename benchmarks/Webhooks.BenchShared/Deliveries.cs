using System.Security.Cryptography;
using System.Text;

namespace Webhooks.Benchmarks;

/// <summary>One signed delivery: what a provider would POST, and the bytes its signature covers.</summary>
public sealed record Delivery(string Provider, string Path, byte[] Body, KeyValuePair<string, string>[] Headers, byte[] SignedBytes)
{
    public string Header(string name) => Array.Find(Headers, h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value ?? "";
}

/// <summary>
/// Realistic OpenAI, Stripe and GitHub deliveries, each freshly and correctly signed with its own id, and the
/// secrets they are signed with. Deterministic apart from the timestamp (now), so every run signs the same content.
/// </summary>
public static class Deliveries
{
    // Known secrets of the benchmark host and the in-process benchmarks; never used anywhere else.
    public static readonly string OpenAISecret = "whsec_" + Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray());
    public const string StripeSecret = "whsec_benchmark_stripe_secret_0123456789abcdef";
    public const string GitHubSecret = "benchmark-github-secret-0123456789";

    public static IEnumerable<KeyValuePair<string, string?>> Configuration(TimeSpan tolerance) =>
    [
        new("Webhooks:openai:Secret", OpenAISecret),
        new("Webhooks:openai:Tolerance", tolerance.ToString("c")),
        new("Webhooks:stripe:Secret", StripeSecret),
        new("Webhooks:stripe:Tolerance", tolerance.ToString("c")),
        new("Webhooks:github:Secret", GitHubSecret),
    ];

    public static Delivery OpenAI(int n, long timestamp)
    {
        var id = $"msg_2xQ8r{n:D10}";
        var body = Encoding.UTF8.GetBytes(OpenAIBody.Replace("{N}", n.ToString("D10")).Replace("{T}", timestamp.ToString()));
        var signed = Concat($"{id}.{timestamp}.", body);
        var key = Convert.FromBase64String(OpenAISecret["whsec_".Length..]);
        var signature = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
        return new("openai", "/webhooks/openai", body,
        [
            new("webhook-id", id), new("webhook-timestamp", timestamp.ToString()), new("webhook-signature", signature),
            new("Content-Type", "application/json"), new("User-Agent", "OpenAI/1.0 (+https://platform.openai.com/docs/webhooks)"),
        ], signed);
    }

    public static Delivery Stripe(int n, long timestamp)
    {
        var body = Encoding.UTF8.GetBytes(StripeBody.Replace("{N}", n.ToString("D10")).Replace("{T}", timestamp.ToString()));
        var signed = Concat($"{timestamp}.", body);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(StripeSecret), signed));
        return new("stripe", "/webhooks/stripe", body,
        [
            new("Stripe-Signature", $"t={timestamp},v1={signature}"),
            new("Content-Type", "application/json; charset=utf-8"), new("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"),
        ], signed);
    }

    public static Delivery GitHub(int n, long timestamp)
    {
        var body = Encoding.UTF8.GetBytes(GitHubBody.Replace("{N}", n.ToString("D10")).Replace("{T}", timestamp.ToString()));
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(GitHubSecret), body));
        return new("github", "/webhooks/github", body,
        [
            new("X-GitHub-Event", "push"), new("X-GitHub-Delivery", $"6f1c2a40-0000-11ef-8000-{n:D12}"),
            new("X-Hub-Signature-256", signature), new("X-GitHub-Hook-ID", "468210331"),
            new("Content-Type", "application/json"), new("User-Agent", "GitHub-Hookshot/8d4e6f1"),
        ], body);
    }

    public static Delivery Create(string provider, int n, long timestamp) => provider switch
    {
        "openai" => OpenAI(n, timestamp),
        "stripe" => Stripe(n, timestamp),
        "github" => GitHub(n, timestamp),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "openai, stripe or github"),
    };

    private static byte[] Concat(string prefix, byte[] body) => [.. Encoding.UTF8.GetBytes(prefix), .. body];

    // batch.completed with the batch object as OpenAI documents it (~0.95 KB).
    private const string OpenAIBody = """
        {"id":"evt_685343a1381c819085d44c354e1b330e{N}","object":"event","created_at":{T},"type":"batch.completed","data":{"id":"batch_abc123{N}","object":"batch","endpoint":"/v1/chat/completions","errors":null,"input_file_id":"file-cvaTdG","completion_window":"24h","status":"completed","output_file_id":"file-XjGxS3KTG0uNmNOK362iJua3","error_file_id":"file-HOWS94","created_at":1711471533,"in_progress_at":1711471538,"expires_at":1711557933,"finalizing_at":1711493133,"completed_at":1711493163,"failed_at":null,"expired_at":null,"cancelling_at":null,"cancelled_at":null,"request_counts":{"total":100,"completed":95,"failed":5},"usage":{"input_tokens":1500,"input_tokens_details":{"cached_tokens":1024},"output_tokens":500,"output_tokens_details":{"reasoning_tokens":300},"total_tokens":2000},"metadata":{"customer_id":"user_123456789","batch_description":"Nightly eval job","team":"research","priority":"low","source":"scheduler"}}}
        """;

    // payment_intent.succeeded as Stripe sends it (~1.6 KB).
    private const string StripeBody = """
        {"id":"evt_3PqGbR2eZvKYlo2C1{N}","object":"event","api_version":"2024-06-20","created":{T},"data":{"object":{"id":"pi_3PqGbR2eZvKYlo2C1{N}","object":"payment_intent","amount":2000,"amount_capturable":0,"amount_details":{"tip":{}},"amount_received":2000,"application":null,"application_fee_amount":null,"automatic_payment_methods":{"allow_redirects":"always","enabled":true},"canceled_at":null,"cancellation_reason":null,"capture_method":"automatic_async","client_secret":"pi_3PqGbR2eZvKYlo2C1_secret_vQmQ2d8w3Q8Q5m0x","confirmation_method":"automatic","created":1724406000,"currency":"usd","customer":"cus_QhR4Z2a5c5bq8L","description":"Order #1042","invoice":null,"last_payment_error":null,"latest_charge":"ch_3PqGbR2eZvKYlo2C1f4Ck9a0","livemode":false,"metadata":{"order_id":"1042","cart":"c_8812"},"next_action":null,"on_behalf_of":null,"payment_method":"pm_1PqGbQ2eZvKYlo2CZ3m7Vt5n","payment_method_configuration_details":{"id":"pmc_1PqFfS2eZvKYlo2CaSMbHdQw","parent":null},"payment_method_options":{"card":{"installments":null,"mandate_options":null,"network":null,"request_three_d_secure":"automatic"}},"payment_method_types":["card","link"],"processing":null,"receipt_email":"jenny.rosen@example.com","review":null,"setup_future_usage":null,"shipping":null,"source":null,"statement_descriptor":null,"statement_descriptor_suffix":null,"status":"succeeded","transfer_data":null,"transfer_group":null}},"livemode":false,"pending_webhooks":1,"request":{"id":"req_9wT3aUyQ2bQx1c","idempotency_key":"a6c7f9a2-7a3e-4a3e-9b0c-5e6b0c2a1f33"},"type":"payment_intent.succeeded"}
        """;

    // A push of one commit, with the repository object trimmed to its commonly read members (~2.5 KB). Each user object
    // keeps its "url", which GitHub always sends and Octokit.Webhooks' models require (without it they throw).
    private const string GitHubBody = """
        {"ref":"refs/heads/main","before":"9049f1265b7d61be4a8904a9a27120d2064dab3b","after":"0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c","repository":{"id":186853002,"node_id":"MDEwOlJlcG9zaXRvcnkxODY4NTMwMDI=","name":"Hello-World","full_name":"octocat/Hello-World","private":false,"owner":{"name":"octocat","email":"octocat@github.com","login":"octocat","id":583231,"node_id":"MDQ6VXNlcjU4MzIzMQ==","avatar_url":"https://avatars.githubusercontent.com/u/583231?v=4","url":"https://api.github.com/users/octocat","type":"User","site_admin":false},"html_url":"https://github.com/octocat/Hello-World","description":"My first repository on GitHub!","fork":false,"url":"https://github.com/octocat/Hello-World","created_at":1557933565,"updated_at":"2024-08-22T10:00:00Z","pushed_at":{T},"git_url":"git://github.com/octocat/Hello-World.git","ssh_url":"git@github.com:octocat/Hello-World.git","clone_url":"https://github.com/octocat/Hello-World.git","size":0,"stargazers_count":0,"watchers_count":0,"language":null,"default_branch":"main","master_branch":"main"},"pusher":{"name":"octocat","email":"octocat@github.com"},"sender":{"login":"octocat","id":583231,"node_id":"MDQ6VXNlcjU4MzIzMQ==","avatar_url":"https://avatars.githubusercontent.com/u/583231?v=4","url":"https://api.github.com/users/octocat","type":"User","site_admin":false},"created":false,"deleted":false,"forced":false,"base_ref":null,"compare":"https://github.com/octocat/Hello-World/compare/9049f1265b7d...0d1a26e67d8f","commits":[{"id":"0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c","tree_id":"f9d2a07e9488b91af2641b26b9407fe22a451433","distinct":true,"message":"Update README.md (delivery {N})","timestamp":"2024-08-22T10:00:00Z","url":"https://github.com/octocat/Hello-World/commit/0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c","author":{"name":"The Octocat","email":"octocat@github.com","username":"octocat"},"committer":{"name":"GitHub","email":"noreply@github.com","username":"web-flow"},"added":[],"removed":[],"modified":["README.md"]}],"head_commit":{"id":"0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c","tree_id":"f9d2a07e9488b91af2641b26b9407fe22a451433","distinct":true,"message":"Update README.md (delivery {N})","timestamp":"2024-08-22T10:00:00Z","url":"https://github.com/octocat/Hello-World/commit/0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c","author":{"name":"The Octocat","email":"octocat@github.com","username":"octocat"},"committer":{"name":"GitHub","email":"noreply@github.com","username":"web-flow"},"added":[],"removed":[],"modified":["README.md"]}}
        """;
}
