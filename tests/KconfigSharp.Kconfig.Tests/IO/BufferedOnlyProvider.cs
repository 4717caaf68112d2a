using KconfigSharp.Kconfig.IO;

namespace KconfigSharp.Kconfig.Tests.IO;

/// <summary>
/// Serves a tree's texts only through the parser's buffer (the CLI's way): the string way in
/// throws, so a pass proves the parser used the buffer (and so had no string of the file to keep).
/// </summary>
internal sealed class BufferedOnlyProvider(IKconfigFileProvider inner) : IKconfigBufferedFileProvider
{
    public bool TryReadFile(string path, out string text) => throw new InvalidOperationException("the parser read a string");

    public bool TryReadFile(string path, KconfigFileBuffer buffer)
    {
        if (!inner.TryReadFile(path, out var text))
        {
            return false;
        }

        // Exactly the text's length asked for, as a decoder that knows it would.
        var chars = buffer.Reserve(text.Length);
        text.CopyTo(0, chars, 0, text.Length);
        buffer.SetLength(text.Length);
        return true;
    }
}
