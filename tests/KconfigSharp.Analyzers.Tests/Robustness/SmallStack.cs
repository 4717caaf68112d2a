namespace KconfigSharp.Analyzers.Tests.Robustness;

/// <summary>
/// Runs work on a dedicated thread with a small stack, so that a recursion whose depth grows with the
/// input (which a default 1.5–8 MB stack may hide) overflows and fails the test run, instead of a
/// user's build. The robustness tests also check that the analysis really ran on that thread.
/// </summary>
internal static class SmallStack
{
    /// <summary>The stack of the robustness tests' thread: 256 KB.</summary>
    public const int Size = 256 * 1024;

    /// <summary>
    /// A stack for Roslyn's own preparation of deep inputs (binding, operation trees, graphs): its
    /// recursion is the compiler's, sized for the compiler's threads, and not what these tests test.
    /// </summary>
    public const int RoslynSize = 256 * 1024 * 1024;

    /// <summary>Runs <paramref name="work"/> to completion on a fresh thread with a stack of <paramref name="size"/> bytes.</summary>
    public static T Run<T>(Func<T> work, int size = Size)
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
            size);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("The work failed on the small-stack thread", failure);
        }

        return result;
    }
}
