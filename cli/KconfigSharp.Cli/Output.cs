namespace KconfigSharp.Cli;

/// <summary>Writes a command's output to stdout or, with <c>-o FILE</c>, to that file (UTF-8, no BOM).</summary>
internal static class Output
{
    public static int Write(string text, string? path, TextWriter stdout, TextWriter stderr, int exitCode)
    {
        // Every output is a text file: it ends with a newline, on stdout and in -o FILE alike.
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            text += "\n";
        }

        if (path is null)
        {
            stdout.Write(text);
            return exitCode;
        }

        CommonOptions.PathArgument(path, "-o");
        try
        {
            File.WriteAllText(Path.GetFullPath(path), text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return exitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"kconfig: error: cannot write '{path}': {e.Message}");
            return 1;
        }
    }
}
