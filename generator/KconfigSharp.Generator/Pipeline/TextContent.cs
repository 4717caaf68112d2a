using System.Buffers;
using Microsoft.CodeAnalysis.Text;

namespace KconfigSharp.Generator.Pipeline;

/// <summary>
/// An AdditionalFile's text as the string the core reads. A file of 40 K characters or more comes as a
/// chunked text whose <c>ToString</c> goes through a string builder (NuttX: 20 files, 7 M characters): it is
/// copied once into a pooled buffer instead, so only the string itself is allocated.
/// </summary>
internal static class TextContent
{
    /// <summary>Where <c>SourceText.From</c> switches to chunks (Roslyn's <c>LargeObjectHeapLimitInChars</c>).</summary>
    private const int LargeTextLength = 40 * 1024;

    public static string Of(SourceText? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        if (text.Length < LargeTextLength)
        {
            // A string-backed text returns its string as it is.
            return text.ToString();
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(0, buffer, 0, text.Length);
            return new string(buffer, 0, text.Length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
