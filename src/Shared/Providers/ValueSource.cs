// Compiled into Webhooks.Runtime (public) and Webhooks.Generator (internal, netstandard2.0): keep it free of APIs newer
// than netstandard2.0.
namespace Webhooks.Providers;

/// <summary>Where in a request a value (an event type, an idempotency key) is found.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
enum ValueSourceKind
{
    /// <summary>A request header.</summary>
    Header,

    /// <summary>A string member of the JSON body, by a dotted path such as <c>type</c> or <c>event.type</c>.</summary>
    JsonPath,

    /// <summary>A field of a form-encoded body.</summary>
    FormField,

    /// <summary>
    /// A fixed value, the same for every delivery: the event type of a provider that posts a batch of events of
    /// several types at once (SendGrid), so that one handler receives the whole batch.
    /// </summary>
    Constant,
}

/// <summary>A place in a request where a value is found.</summary>
#if WEBHOOKS_GENERATOR
internal
#else
public
#endif
sealed class ValueSource
{
    /// <summary>Creates a value source.</summary>
    public ValueSource(ValueSourceKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    /// <summary>The kind of place.</summary>
    public ValueSourceKind Kind { get; }

    /// <summary>The header name, dotted JSON path or form field name; for <see cref="ValueSourceKind.Constant"/>, the value itself.</summary>
    public string Name { get; }

    /// <summary>A request header.</summary>
    public static ValueSource Header(string name) => new(ValueSourceKind.Header, name);

    /// <summary>A string member of the JSON body.</summary>
    public static ValueSource Json(string path) => new(ValueSourceKind.JsonPath, path);

    /// <summary>A field of a form-encoded body.</summary>
    public static ValueSource Form(string name) => new(ValueSourceKind.FormField, name);

    /// <summary>A fixed value, the same for every delivery.</summary>
    public static ValueSource Constant(string value) => new(ValueSourceKind.Constant, value);
}
