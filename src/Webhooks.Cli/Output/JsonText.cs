using System.Text;
using System.Text.Json;

namespace Webhooks.Cli.Output;

/// <summary>JSON text indented for reading; anything that isn't JSON as it is.</summary>
internal static class JsonText
{
    public static string Pretty(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                document.WriteTo(writer);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
