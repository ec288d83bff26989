using AwarenessBot.Safety.Turn;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Dialogs;

public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);

/// <summary>
/// Runs steps in order; each step either waits for the user (usually by starting a prompt)
/// or moves on with <see cref="WaterfallStepContext.NextAsync"/>. Mirrors the SDK's WaterfallDialog.
/// </summary>
public class WaterfallDialog(string id, IEnumerable<WaterfallStep>? steps = null) : Dialog(id)
{
    private const string StepIndexKey = "stepIndex";
    private const string ValuesKey = "values";
    private const string OptionsKey = "options";

    private readonly List<WaterfallStep> _steps = steps?.ToList() ?? [];

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options is null ? JValue.CreateNull() : JToken.FromObject(options);
        state[ValuesKey] = new JObject();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message) return Task.FromResult(EndOfTurn);
        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, TurnInput.TextOf(dc.Context), cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        var index = dc.ActiveDialog!.State.Value<int?>(StepIndexKey) ?? 0;
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count) return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        var state = dc.ActiveDialog!.State;
        state[StepIndexKey] = index;
        // Assign only a new object: Json.NET copies a token that already has a parent, and writes would go to the orphan.
        if (state[ValuesKey] is not JObject values)
        {
            values = [];
            state[ValuesKey] = values;
        }
        var step = new WaterfallStepContext(this, dc, index, reason, result, new StepValues(values), state[OptionsKey]);
        return await _steps[index](step, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the options a running waterfall was started with, from outside it (e.g. for the Route trace).</summary>
    public static T? OptionsOf<T>(DialogInstance instance) =>
        instance.State[OptionsKey] is { Type: not JTokenType.Null } options ? options.ToObject<T>() : default;
}

/// <summary>What a waterfall step sees: the dialog context plus its index, the previous step's result, values and options.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parent;
    private readonly JToken? _options;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parent, DialogContext dc, int index, DialogReason reason, object? result, StepValues values, JToken? options)
        : base(dc)
    {
        _parent = parent;
        _options = options;
        Index = index;
        Reason = reason;
        Result = result;
        Values = values;
    }

    public int Index { get; }
    public DialogReason Reason { get; }
    /// <summary>The result of the previous step, or what the user said.</summary>
    public object? Result { get; }
    public StepValues Values { get; }

    /// <summary>The options the dialog was started with, read as <typeparamref name="T"/>.</summary>
    public T? Options<T>() => _options is null || _options.Type == JTokenType.Null ? default : _options.ToObject<T>();

    /// <summary>Skips to the next step now, handing it <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled) throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_parent.Id}'.");
        _nextCalled = true;
        return _parent.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
