using SharpFuzz;

namespace KconfigSharp.Fuzz;

/// <summary>
/// AFL++ entry point. Under <c>afl-fuzz</c> SharpFuzz feeds each input on stdin; with a file
/// argument (or <c>--replay DIR</c>) the harness replays inputs without AFL, to reproduce a crash.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--replay")
        {
            return Replay(args[1]);
        }

        if (args.Length == 1)
        {
            FuzzTarget.Run(File.ReadAllBytes(args[0]));
            return 0;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTarget.Run(buffer.ToArray());
        });
        return 0;
    }

    private static int Replay(string directory)
    {
        var failures = 0;
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            try
            {
                FuzzTarget.Run(File.ReadAllBytes(file));
            }
            catch (Exception exception)
            {
                failures++;
                Console.Error.WriteLine($"{file}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Console.WriteLine($"replayed {directory}: {failures} failure(s)");
        return failures == 0 ? 0 : 1;
    }
}
