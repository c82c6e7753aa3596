using System.Text.Json.Serialization;

namespace Webhooks.Json.Tests;

// A payload the Webhooks generator can't describe (a polymorphic interface), read with the user's own
// System.Text.Json context instead, named with [WebhookJsonContext].

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(Circle), "circle")]
[JsonDerivedType(typeof(Square), "square")]
public interface IShape;

public sealed record Circle(double Radius) : IShape;

public sealed record Square(double Side) : IShape;

public sealed record ShapeDrawn(string Id, IShape Shape);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ShapeDrawn))]
internal sealed partial class ShapesJsonContext : JsonSerializerContext;

[WebhookProvider("openai", Path = "/webhooks/shapes")]
[WebhookJsonContext(typeof(ShapesJsonContext))]
public partial class ShapeHandlers(Received received)
{
    [OnEvent("shape.drawn")]
    public void OnDrawn(ShapeDrawn evt) => received.Add(evt);
}
