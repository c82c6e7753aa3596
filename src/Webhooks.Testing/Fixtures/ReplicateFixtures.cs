using static Webhooks.Testing.Fixtures.FixtureValues;

namespace Webhooks.Testing.Fixtures;

/// <summary>Replicate: the prediction itself, dispatched on its <c>status</c>.</summary>
internal static class ReplicateFixtures
{
    public static ProviderFixtures All { get; } = new("replicate",
    [
        Prediction("succeeded", started: true, completed: true, output: """["https://replicate.delivery/xezq/out-0.webp"]""", error: "null", metrics: """{"predict_time":1.27,"total_time":1.31}"""),
        Prediction("failed", started: true, completed: true, output: "null", error: "\"CUDA out of memory\"", metrics: """{"predict_time":0.42,"total_time":0.45}"""),
        Prediction("canceled", started: true, completed: true, output: "null", error: "null", metrics: """{"total_time":3.02}"""),
        Prediction("starting", started: false, completed: false, output: "null", error: "null", metrics: "{}"),
        Prediction("processing", started: true, completed: false, output: "null", error: "null", metrics: "{}"),
    ]);

    private static FixtureTemplate Prediction(string status, bool started, bool completed, string output, string error, string metrics) =>
        FixtureTemplate.OfJson(status, v =>
        {
            var id = LowerId();
            var startedAt = started ? $"\"{v.IsoBefore(2)}\"" : "null";
            var completedAt = completed ? $"\"{v.Iso}\"" : "null";
            return $$$"""
                {"id":"{{{id}}}","model":"black-forest-labs/flux-schnell","version":"5599ed30703defd1d160a25a63321b4dec97101d98b4674bcc56e41f62f35637","input":{"prompt":"an astronaut riding a horse"},"logs":"","output":{{{output}}},"data_removed":false,"error":{{{error}}},"source":"api","status":"{{{v.Type}}}","created_at":"{{{v.IsoBefore(3)}}}","started_at":{{{startedAt}}},"completed_at":{{{completedAt}}},"urls":{"cancel":"https://api.replicate.com/v1/predictions/{{{id}}}/cancel","get":"https://api.replicate.com/v1/predictions/{{{id}}}","stream":"https://stream.replicate.com/v1/files/{{{id}}}","web":"https://replicate.com/p/{{{id}}}"},"metrics":{{{metrics}}}}
                """;
        });
}
