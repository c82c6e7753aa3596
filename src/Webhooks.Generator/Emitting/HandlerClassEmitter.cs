using System.Collections.Generic;
using System.Linq;
using Webhooks.Generator.Model;

namespace Webhooks.Generator.Emitting;

/// <summary>Emits a handler class's <c>DispatchWebhookAsync</c>: a switch on the event type that calls its method.</summary>
internal static class HandlerClassEmitter
{
    public const string DispatchMethodName = "DispatchWebhookAsync";

    public const string HandlesMethodName = "HandlesWebhookEvent";

    public static string Emit(HandlerClassModel model)
    {
        var writer = GeneratedCode.NewFile();
        if (model.Namespace is not null)
        {
            writer.Line($"namespace {model.Namespace}").Open();
        }

        foreach (var containing in model.ContainingTypes)
        {
            writer.Open($"partial {containing.Keyword} {containing.Name}");
        }

        writer.Open($"partial class {model.ClassName}");
        WriteDispatch(writer, model);
        if (model.CatchAll is null)
        {
            writer.Line();
            WriteHandles(writer, model);
        }

        writer.Close();

        foreach (var _ in model.ContainingTypes)
        {
            writer.Close();
        }

        if (model.Namespace is not null)
        {
            writer.Close();
        }

        return writer.ToString();
    }

    private static void WriteDispatch(SourceWriter writer, HandlerClassModel model)
    {
        writer.Line("/// <summary>Runs this class's handler for a verified delivery's event type, if it has one.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Open(
            $"internal static global::System.Threading.Tasks.ValueTask<global::Webhooks.Infrastructure.WebhookDispatchResult> {DispatchMethodName}(" +
            "global::System.IServiceProvider services, global::Webhooks.WebhookContext context)");
        writer.Open("switch (context.EventType)");

        foreach (var handler in model.Handlers)
        {
            writer.Line($"case {GeneratedCode.Literal(handler.EventType)}:").Open();
            WriteCall(writer, model, handler);
            writer.Close();
        }

        if (model.CatchAll is { } catchAll)
        {
            writer.Line("default:").Open();
            WriteCall(writer, model, catchAll);
            writer.Close();
        }
        else
        {
            writer.Line("default:").Open();
            writer.Line(EnsureWellFormed);
            writer.Line("return global::Webhooks.Infrastructure.WebhookDispatchResults.NotHandled;");
            writer.Close();
        }
        writer.Close();
        writer.Close();
    }

    // A queued provider stores only what a handler takes; a class with [OnAnyEvent] takes everything and has no such method.
    private static void WriteHandles(SourceWriter writer, HandlerClassModel model)
    {
        writer.Line("/// <summary>Whether this class has a handler for the event type.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Open($"internal static bool {HandlesMethodName}(string eventType)");
        var eventTypes = model.Handlers.Select(h => GeneratedCode.Literal(h.EventType)).ToList();
        writer.Line(eventTypes.Count == 0 ? "return false;" : $"return eventType is {string.Join(" or ", eventTypes)};");
        writer.Close();
    }

    // The pipeline reads a JSON body only as far as its event type; deserializing checks the rest, so a handler (or
    // the default case) that doesn't deserialize has it checked first, and a malformed body is a 400 either way.
    private const string EnsureWellFormed = "global::Webhooks.Infrastructure.WebhookPayload.EnsureWellFormed(context);";

    private static void WriteCall(SourceWriter writer, HandlerClassModel model, EventHandlerModel handler)
    {
        if (!handler.Parameters.Any(p => p.Kind == HandlerParameterKind.Payload))
        {
            writer.Line(EnsureWellFormed);
        }

        var arguments = new List<string>();
        foreach (var parameter in handler.Parameters)
        {
            switch (parameter.Kind)
            {
                case HandlerParameterKind.Payload:
                    WriteDeserialize(writer, parameter.TypeInfo!);
                    arguments.Add("payload");
                    break;
                case HandlerParameterKind.Context:
                    arguments.Add("context");
                    break;
                case HandlerParameterKind.CancellationToken:
                    arguments.Add("context.CancellationToken");
                    break;
                case HandlerParameterKind.RawBody:
                    arguments.Add("context.RawBody");
                    break;
                case HandlerParameterKind.RawText:
                    writer.Line("var text = global::Webhooks.Infrastructure.WebhookPayload.Text(context);");
                    arguments.Add("text");
                    break;
            }
        }

        writer.Line(
            "var handler = global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions" +
            $".GetRequiredService<{model.FullyQualifiedName}>(services);");
        var call = $"handler.{handler.MethodName}({string.Join(", ", arguments)})";
        if (handler.Returns == HandlerReturnKind.Void)
        {
            writer.Line(call + ";");
            writer.Line("return global::Webhooks.Infrastructure.WebhookDispatchResults.Handled;");
        }
        else
        {
            writer.Line($"return global::Webhooks.Infrastructure.WebhookDispatchResults.After({call});");
        }
    }

    // The JsonTypeInfo<T> a payload is read with: a context's property, or the generated metadata's. One string per
    // line, not a nested one per handler: the dispatch of every class is written on every cold run.
    private static void WriteDeserialize(SourceWriter writer, PayloadTypeInfoModel typeInfo) => writer.Line(typeInfo.Context is { } context
        ? $"{Deserialize}{context}.Default.{typeInfo.ContextProperty});"
        : $"{Deserialize}{PayloadJsonEmitter.QualifiedClassName}.{typeInfo.NamingPolicy}.Get<{typeInfo.PayloadType}>());");

    private const string Deserialize = "var payload = global::Webhooks.Infrastructure.WebhookPayload.Deserialize(context, ";
}
