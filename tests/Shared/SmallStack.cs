namespace KconfigSharp.Tests;

/// <summary>
/// Runs a robustness test's work on a thread with a small stack (256 KB, a sixth of a compiler
/// thread's), so that a recursion whose depth grows with the input, which a default 1.5–8 MB stack
/// would hide for the test's input size, overflows and fails the test run instead of a user's build.
/// </summary>
public static class SmallStack
{
    /// <summary>The stack of the robustness tests' thread: 256 KB.</summary>
    public const int Size = 256 * 1024;

    /// <summary>Runs <paramref name="work"/> to completion on a fresh thread with a <see cref="Size"/> stack and returns its result; its exception is rethrown.</summary>
    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            Size);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("The work failed on the small-stack thread", failure);
        }

        return result;
    }
}
