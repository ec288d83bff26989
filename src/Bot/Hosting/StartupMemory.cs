using System.Runtime;
using System.Runtime.InteropServices;

namespace AwarenessBot.Hosting;

/// <summary>
/// Start-up embeds a few thousand sentences in batches; afterwards that memory is garbage. Hand it back
/// before serving: a compacting collection for the managed heap, and on Linux malloc_trim for what ONNX
/// Runtime freed (glibc keeps freed memory in per-thread arenas otherwise, so the process would carry the
/// start-up peak for ever, and by how much depended on which threads ran the batches).
/// </summary>
public static class StartupMemory
{
    public static void Release()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl, for example): nothing to trim.
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
