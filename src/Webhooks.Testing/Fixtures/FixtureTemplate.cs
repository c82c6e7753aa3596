namespace Webhooks.Testing.Fixtures;

/// <summary>One built-in fixture: an event type and how to write its body (JSON, or form fields for Twilio).</summary>
internal sealed class FixtureTemplate
{
    private FixtureTemplate(string eventType, Func<FixtureValues, string>? json, Func<FixtureValues, IReadOnlyList<KeyValuePair<string, string>>>? form)
    {
        EventType = eventType;
        Json = json;
        Form = form;
    }

    /// <summary>The event type this fixture is for.</summary>
    public string EventType { get; }

    /// <summary>Writes the JSON body; <c>null</c> for a form fixture.</summary>
    public Func<FixtureValues, string>? Json { get; }

    /// <summary>Writes the form fields; <c>null</c> for a JSON fixture.</summary>
    public Func<FixtureValues, IReadOnlyList<KeyValuePair<string, string>>>? Form { get; }

    /// <summary>A fixture with a JSON body.</summary>
    public static FixtureTemplate OfJson(string eventType, Func<FixtureValues, string> json) => new(eventType, json, null);

    /// <summary>A fixture with a form-encoded body.</summary>
    public static FixtureTemplate OfForm(string eventType, Func<FixtureValues, IReadOnlyList<KeyValuePair<string, string>>> form) => new(eventType, null, form);
}
