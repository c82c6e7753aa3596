using System.Text;

namespace Webhooks.Generator.Emitting;

/// <summary>Writes C# line by line with the indentation of the blocks it is inside.</summary>
internal sealed class SourceWriter
{
    private const string Indent = "    ";
    private readonly StringBuilder _text = new();
    private int _depth;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            for (var i = 0; i < _depth; i++)
            {
                _text.Append(Indent);
            }

            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> (if any) and an opening brace, and indents what follows.</summary>
    public SourceWriter Open(string? header = null)
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        _depth++;
        return this;
    }

    public SourceWriter Close(string closing = "}")
    {
        _depth--;
        return Line(closing);
    }

    public override string ToString() => _text.ToString();
}
