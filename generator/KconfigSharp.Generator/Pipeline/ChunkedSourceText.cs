using System.Text;
using KconfigSharp.Kconfig.Text;
using Microsoft.CodeAnalysis.Text;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// The compiler's view of the emitter's <see cref="ChunkedText"/>, read in place: <c>SourceText.From</c> would
/// need one string (a copy of NuttX's 12 MB of source on the large-object heap) or copy a reader's text again.
/// </summary>
internal sealed class ChunkedSourceText(ChunkedText text) : SourceText
{
    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => text.Length;

    public override char this[int position] => text[position];

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
        text.CopyTo(sourceIndex, destination, destinationIndex, count);
}
