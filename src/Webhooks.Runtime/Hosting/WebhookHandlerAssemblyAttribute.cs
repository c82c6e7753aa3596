using System.ComponentModel;

namespace Webhooks.Infrastructure;

/// <summary>
/// Names the generated class that registers an assembly's webhook handler classes, so that the generated
/// <c>AddWebhooks()</c> of every assembly that references this one registers them too. The generator writes it;
/// applications don't.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class WebhookHandlerAssemblyAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="registrationType">The generated class, whose public static <c>AddTo(IServiceCollection)</c> registers the assembly's handler classes.</param>
    public WebhookHandlerAssemblyAttribute(Type registrationType) => RegistrationType = registrationType;

    /// <summary>The generated class that registers the assembly's handler classes.</summary>
    public Type RegistrationType { get; }
}
