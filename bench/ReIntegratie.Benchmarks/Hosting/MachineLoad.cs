using System.Globalization;

namespace ReIntegratie.Benchmarks.Hosting;

/// <summary>The machine's load: /proc/loadavg, and busy CPU time from /proc/stat (to see what others used during a window).</summary>
public static class MachineLoad
{
    public static double OneMinute() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    public static string LoadAverages() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    /// <summary>Busy CPU time of all cores together since boot (user, nice, system, irq, softirq, steal).</summary>
    public static TimeSpan BusyTime()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long Field(int i) => i < fields.Length ? long.Parse(fields[i], CultureInfo.InvariantCulture) : 0;
        var ticks = Field(1) + Field(2) + Field(3) + Field(6) + Field(7) + Field(8);
        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
    }

    /// <summary>Waits (up to <paramref name="maxWait"/>) until the 1-minute load is below <paramref name="quiet"/>; returns the load seen last.</summary>
    public static async Task<double> WaitForQuietAsync(double quiet, TimeSpan maxWait)
    {
        var deadline = DateTime.UtcNow + maxWait;
        var load = OneMinute();
        var announced = false;
        while (load >= quiet && DateTime.UtcNow < deadline)
        {
            if (!announced)
            {
                Console.WriteLine($"  1-minute load {load:0.00} >= {quiet:0.0} (other builds or tests?); waiting up to {maxWait.TotalSeconds:0} s for it to drop");
                announced = true;
            }

            await Task.Delay(TimeSpan.FromSeconds(5));
            load = OneMinute();
        }

        if (load >= quiet)
        {
            Console.WriteLine($"  1-minute load still {load:0.00}: measuring anyway (the report says so)");
        }
        else if (announced)
        {
            Console.WriteLine($"  1-minute load now {load:0.00}");
        }

        return load;
    }
}
