using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KconfigSharp.Generator.Tests.Infrastructure;

/// <summary>An AdditionalFile held in memory, with optional <c>KconfigRole</c> metadata.</summary>
internal sealed class InMemoryAdditionalText(string path, string text, string? role = null) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public string? Role { get; } = role;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
