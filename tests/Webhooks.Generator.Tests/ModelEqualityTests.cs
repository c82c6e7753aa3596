using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Webhooks.Generator.Model;
using Webhooks.Generator.Tests.Infrastructure;

namespace Webhooks.Generator.Tests;

/// <summary>Two parses of the same source give equal models: what lets the pipeline cache across compilations.</summary>
public class ModelEqualityTests
{
    private const string Source = """
        namespace App;

        public partial class Outer
        {
            [WebhookProvider("openai", Path = "/hooks/openai")]
            public partial class Handlers
            {
                [OnEvent("batch.completed")]
                [OnEvent("batch.failed")]
                public Task OnBatch(OpenAIEvent evt, WebhookContext context, CancellationToken ct) => Task.CompletedTask;

                [OnEvent("response.completed")]
                public void OnResponse(JsonElement body) { }
            }
        }
        """;

    [Fact]
    public void Same_source_gives_equal_models()
    {
        // Two separate compilations and drivers: nothing is shared but the text.
        var first = GeneratorHarness.Run(Source);
        var second = GeneratorHarness.Run(Source);

        var a = Single<HandlerClassModel>(first, TrackingNames.HandlerClasses);
        var b = Single<HandlerClassModel>(second, TrackingNames.HandlerClasses);
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(3, a.Handlers.Length); // the model is really filled in, not trivially equal

        var registrationsA = Single<EquatableArray<RegistrationModel>>(first, TrackingNames.Registrations);
        var registrationsB = Single<EquatableArray<RegistrationModel>>(second, TrackingNames.Registrations);
        Assert.Equal(registrationsA, registrationsB);
        Assert.Equal(registrationsA.GetHashCode(), registrationsB.GetHashCode());
    }

    [Fact]
    public void Different_source_gives_different_models()
    {
        var a = Single<HandlerClassModel>(GeneratorHarness.Run(Source), TrackingNames.HandlerClasses);
        var b = Single<HandlerClassModel>(GeneratorHarness.Run(Source.Replace("JsonElement body", "WebhookContext context")), TrackingNames.HandlerClasses);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void EquatableArray_compares_elements()
    {
        Assert.Equal(new EquatableArray<string>(["a", "b"]), new EquatableArray<string>(ImmutableArray.Create("a", "b")));
        Assert.Equal(new EquatableArray<string>(["a", "b"]).GetHashCode(), new EquatableArray<string>(ImmutableArray.Create("a", "b")).GetHashCode());
        Assert.Equal(default, new EquatableArray<string>([]));
        Assert.NotEqual(new EquatableArray<string>(["a", "b"]), new EquatableArray<string>(["b", "a"]));
    }

    private static T Single<T>(GeneratorRun run, string step)
    {
        var outputs = run.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
        return Assert.IsType<T>(Assert.Single(outputs));
    }
}
