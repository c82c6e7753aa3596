namespace Webhooks.Generator;

/// <summary>Names of the incremental steps, so that tests can assert what is cached.</summary>
internal static class TrackingNames
{
    public const string ParsedClasses = nameof(ParsedClasses);
    public const string HandlerClasses = nameof(HandlerClasses);
    public const string JsonPayloads = nameof(JsonPayloads);
    public const string Registrations = nameof(Registrations);
    public const string CustomProviders = nameof(CustomProviders);
    public const string RegistrationFile = nameof(RegistrationFile);
    public const string ReferencedRegistrations = nameof(ReferencedRegistrations);
    public const string AssemblyName = nameof(AssemblyName);
}
