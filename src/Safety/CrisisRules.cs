namespace AwarenessBot.Safety;

/// <summary>
/// The crisis patterns (docs/architecture.md, "Safety"), written against normalised text: lower case,
/// no accents or punctuation, contractions expanded ("im" is "i am", "dont" is "do not").
/// When in doubt a pattern errs towards crisis: a false alarm costs a user one extra message,
/// a miss can cost far more. The test set in tests/AwarenessBot.Tests/data/crisis pins both rates.
/// </summary>
public static class CrisisRules
{
    private const string Harm =
        "forced|coerced|pressured|trafficked|sold|pimped|prostituted|exploited|groomed|blackmailed|sextorted|raped|molested|" +
        "abused|assaulted|beaten|beat up|hit|touched|held|locked|threatened|stalked|kidnapped|drugged|controlled|hurt|bought|" +
        "rented|trapped|followed|used for sex|made to|jumped|stabbed|shot|strangled|choked|tied up|branded|sex trafficked|labor trafficked";

    private const string ActsOnMe =
        "sell|sells|selling|sold|pimp|pimps|pimping|pimped|traffic|traffics|trafficking|trafficked|rent|rents|renting|rented|" +
        "hit|hits|hitting|beat|beats|beating|hurt|hurts|hurting|abuse|abuses|abusing|abused|rape|rapes|raping|raped|" +
        "molest|molests|molesting|molested|touch|touches|touching|touched|threaten|threatens|threatening|threatened|" +
        "blackmail|blackmails|blackmailing|blackmailed|stalk|stalks|stalking|stalked|kidnap|kidnaps|kidnapped|drug|drugged|" +
        "choke|chokes|choking|choked|follow|follows|following|followed|chase|chases|chasing|chased|control|controls|controlling|" +
        "exploit|exploits|exploiting|exploited|trap|traps|trapped|groom|grooms|grooming|groomed|force|forces|forcing|forced|" +
        "pressure|pressures|pressuring|pressured|coerce|coerces|coercing|coerced|lock|locks|locking|locked|slap|slaps|slapped|" +
        "sextort|sextorts|sextorting|sextorted|" +
        "punch|punches|punched|kick|kicks|kicked|strangle|strangled|own|owns";

    /// <summary>Words people put between "I was" and what happened ("I just got sold", "I am being labor trafficked").</summary>
    private const string Adverb = " just| really| still| literally| actually| now| already| basically| kinda| probably| constantly| always| repeatedly| also";

    private const string Modifier = " labor| labour| sex| sexually| physically| emotionally| mentally| verbally| financially";

    private const string Family = "brother|sister|little brother|little sister|baby brother|baby sister|mom|mother|dad|father|family|baby|kids|son|daughter|grandma|grandmother|grandpa|abuela|siblings|cousin";

    /// <summary>"Trapped in a group project", "stuck in traffic": the word, not the danger.</summary>
    private const string NotFigurative = @"(?! (in|at|with|by|on) (a |an |this |my |our |the )?(group|project|class|meeting|lecture|convo|conversation|game|loop|friendzone|traffic|elevator|line|lesson|zoom|call|chat|escape room|homework|assignment)\b)";

    /// <summary>"Me vendieron unos tenis", "me obliga a comer menudo": things sold and chores, not people.</summary>
    private const string NotEveryday = @"(?! (a )?(un|una|unos|unas|el|la|los|las|algo|comida|ropa|tenis|boletos|comer|estudiar|hacer (la|mi) tarea|ir a (la escuela|misa|la iglesia|clases)|limpiar mi cuarto|levantarme|ducharme|banarme|lavar los platos)\b)";

    private const string Relation =
        "friend|best friend|bestie|sister|brother|cousin|classmate|girlfriend|boyfriend|daughter|son|student|mom|mother|" +
        "niece|nephew|neighbor|neighbour|roommate|teammate";

    public static IReadOnlyList<CrisisRule> All { get; } =
    [
        // --- Exploitation and abuse, first person -------------------------------------------
        CrisisRule.En("i-am-harmed", CrisisKind.Exploitation,
            $@"(\bi|^) ?(am|was|have been|had been|keep getting|get|got|feel|am getting|been|being|getting)({Adverb})?( being| getting)?({Modifier})? ({Harm})\b(?! back){NotFigurative}"),
        CrisisRule.En("someone-harms-me", CrisisKind.Exploitation,
            $@"(?<!\b(no one|nobody|noone) (is |are |was )?(\w+ )?)\b({ActsOnMe}) me\b(?! (up|on (insta|instagram|tiktok|snap|snapchat|twitter|x|facebook|social)|at (chess|cards|games|basketball|soccer|fortnite)))"),
        CrisisRule.En("makes-me-do", CrisisKind.Exploitation,
            @"\b(make|makes|making|made) me (have sex|sleep with|sell|work|strip|dance|pose|send|meet|go with|give|perform|do (sexual|stuff|things|it|this|that|what)|take (pics|pictures|photos|videos)|hook up|have to|stay|pay|touch|watch|kiss|film)\b"),
        CrisisRule.En("paid-for-sex", CrisisKind.Exploitation,
            @"\b(pay|pays|paid|paying|give|gives|gave|giving) me (money |cash |drugs |gifts )?(for|to have|to do) (sex|sexual|stuff|things|pics|nudes|it)\b|\bi (get|got|am) paid (for|to have) sex\b"),
        CrisisRule.En("wants-me-to", CrisisKind.Exploitation,
            @"\b(wants|want|wanted|told|tells|asked|asks|pressures|pressured|pressuring|expects) me to (have sex|sleep with|hook up with|sell (myself|my body|drugs|pics)|work for (him|her|them)|strip|dance for|do sexual)\b"),
        CrisisRule.En("things-with-men", CrisisKind.Exploitation,
            @"\b(do|doing|did) (things|stuff|sexual things|sex stuff|sexual stuff) (with|for) (men|guys|older men|a man|strangers|his friends|her friends|clients|customers)\b|\b(takes|took|take|taking|drives|drove|drop|drops) me (off )?(to|at) (hotels?|motels?|parties|men|clients|customers|strangers)\b",
            needsFirstPerson: true),
        CrisisRule.En("given-to-someone", CrisisKind.Exploitation,
            @"\bi (was|am|got|have been|keep getting) (given|traded|handed|passed|loaned|sent|sold|rented out) (off )?to (a man|men|him|them|a stranger|strangers|an older man|his friends|her friends|someone)\b|\bto pay (off )?(my|our|his|her|their) (\w+ )?debts?\b"),
        CrisisRule.En("threat-if-i-tell", CrisisKind.Exploitation,
            @"\b(hurt|kill|beat|harm|take|sell)\b.{0,60}\bif i (tell|talk|say anything|leave|report|go to the police|do not|dont)\b|\bif i (tell|talk|say anything|leave|report|go to the police)\b.{0,60}\b(hurt|kill|beat|harm)\b"),
        CrisisRule.En("sextortion-threat", CrisisKind.Exploitation,
            @"\b(send|sends|post|posts|share|shares|show|shows|leak|leaks|give|spread) (them|it|those|these|my pics|my nudes|the pics|the pictures|the videos) to (all of |all )?(everyone|everybody|the whole school|my (parents|mom|dad|family|school|friends|teachers|followers|contacts|class|classmates))\b|\b(or|unless) (else )?(he|she|they|it) (will |is going to |are going to |gonna )?(send|sends|post|posts|share|shares|show|shows|leak|leaks|spread|spreads) (it|them|my|the|those|pics|nudes|pictures|videos|photos)\b"),
        CrisisRule.En("come-away-with-him", CrisisKind.Exploitation,
            @"\b(wants|want|wanted|asked|asks|told|tells|keeps asking) me to (come )?(live with|move in with|run away with|travel with|go away with|come with) (him|her|them)\b"),
        CrisisRule.En("asks-me-for-nudes", CrisisKind.Exploitation,
            @"\b(tell|tells|told|ask|asks|asked|asking|want|wants|wanted|keeps asking) me (to send|for) (nudes|pics|pictures|photos|videos|naked)\b"),
        CrisisRule.En("i-have-to-have-sex", CrisisKind.Exploitation,
            @"\bi (have to|had to|must|need to) (have sex|sleep with|sell (myself|my body|sex|pics|nudes|for (them|him|her)|drugs)|work for (free|nothing|no pay)|work off|pay off|do sexual)\b"),
        CrisisRule.En("they-wont-let-me", CrisisKind.Exploitation,
            @"\b(will not|do not|does not|would not|never|wont) let me (leave|go|escape|quit|stop|go home|see|talk|call|eat|sleep|have|keep|use)\b"),
        CrisisRule.En("i-cant-leave", CrisisKind.Exploitation,
            @"\bi (can not|am not allowed to|am not able to|could not|am scared to|am afraid to) (leave|escape|get out|go home|quit|stop working|run away|tell anyone|say no)\b|(^|\b(so|and|but) )can not (go home|go back home|leave|escape|get out)\b"),
        CrisisRule.En("they-hold-me", CrisisKind.Exploitation,
            @"\b(keep|keeps|kept|keeping|hold|holds|holding|held) me (in|inside|here|there|hostage|captive|prisoner|locked|against my will)\b"),
        CrisisRule.En("took-my-documents", CrisisKind.Exploitation,
            @"\b(took|take|takes|taken|keep|keeps|kept|keeping|holding|hold|holds|stole|steal|has|have|got) (away )?my (passport|id|papers|documents|birth certificate|immigration papers|visa|green card)\b"),
        CrisisRule.En("takes-my-money", CrisisKind.Exploitation,
            @"\b(take|takes|took|taking|keep|keeps|kept|keeping) (away )?(all |most )?(of )?my (money|pay|paycheck|wages|earnings|tips)\b"),
        CrisisRule.En("i-owe-them", CrisisKind.Exploitation,
            @"\bi (owe|owed) (him|her|them|my boss|my pimp|my boyfriend|a debt)\b|\b(work|working|pay|paying) off (my|our) debts?\b|\b(pay|paying|work|working) (back|off) what i owe\b"),
        CrisisRule.En("i-am-a-victim", CrisisKind.Exploitation,
            @"\bi (am|might be|may be|think i am|could be) (a victim|being exploited)\b|\bi am in a (trafficking|dangerous|abusive|bad|scary) (situation|relationship)\b|\bi have (bruises|marks|cuts|injuries) from\b|\bcomes into my (room|bed)\b|\bdrugged (my|me)\b"),
        CrisisRule.En("met-online-wants-to-meet", CrisisKind.Exploitation,
            @"\b(guy|man|stranger|adult|someone)\b.{0,30}\b(online|on (insta|instagram|snapchat|snap|tiktok|discord|roblox|facebook))\b.{0,40}\b(meet|see|pick up|picks up|send)\b",
            needsFirstPerson: true),
        CrisisRule.En("sex-for-things", CrisisKind.Exploitation,
            @"\b(sex|hook up|hooking up|sleep with (men|guys|people)) (for|in exchange for) (money|cash|food|rent|a place|a place to stay|drugs|a room|gifts|clothes)\b|\b(sell|sold|selling|trade|traded|trading) (my body|myself|sex|nudes|pics)\b",
            needsFirstPerson: true),
        CrisisRule.En("forced-to", CrisisKind.Exploitation,
            @"\b(being|been|got|get) (forced|made|pressured|coerced) (to|into)\b", needsFirstPerson: true),
        CrisisRule.En("expose-me", CrisisKind.Exploitation,
            @"\b(will|would|is going to|are going to|gonna|threatens to|threatened to|threatening to|wants to|said he would|said she would|said they would) (expose|leak|out|ruin) me\b"),
        CrisisRule.En("immigration-threat", CrisisKind.Exploitation,
            @"\b(call|calls|report|reports|turn|turns) (ice|immigration|la migra)( on me| on us)?\b.{0,40}\bif\b|\b(get|have) (me|us|my \w+) deported\b|\b(call|calls|report) (ice|immigration) on (me|us)\b",
            needsFirstPerson: true),
        CrisisRule.En("goodbye-note", CrisisKind.SelfHarm,
            @"\b(giving|gave|give) away (all )?(my|of my) (stuff|things|belongings)\b|\b(today|tonight) is my last (day|night)\b|\bi (will not|wont|am not going to) be (here|around) (anymore|tomorrow|much longer|for long)\b|\bhope i (do not|dont|never) wake up\b|\b(wrote|writing|write|written|left|leaving) (a|my) (suicide note|goodbye letter|goodbye note|last letter|note to my (family|mom|parents))\b|\bthis is (my )?goodbye\b|\bsaying goodbye (to everyone|forever|for good)\b"),
        CrisisRule.En("my-images-threatened", CrisisKind.Exploitation,
            @"\b(post|posts|posted|share|shares|shared|send|sent|leak|leaked|show|showed|spread|sell|sold) my (nudes|pics|pictures|photos|videos|vids)\b|\b(has|have|got|took|takes|taking|posted|shared|leaked) (nudes|naked pics|naked pictures|pics|pictures|photos|videos) of me\b"),
        CrisisRule.En("my-trafficker", CrisisKind.Exploitation,
            @"\bmy (pimp|pimps|trafficker|traffickers|handler|madam)\b|\b(her|his|their) (pimp|trafficker)s? (is|are|was|came|comes|showed up|keeps)\b"),
        CrisisRule.En("sells-them", CrisisKind.Exploitation,
            @"\b(sell|sells|selling|sold|pimp|pimps|pimping|pimped|rents|renting|rented|trades|trading|traded) (her|him|me|us) (out |off )?(for sex|to (men|guys|older men|other men|his friends|her friends|strangers|people|clients)|online|on the street|every)\b",
            skipsHypotheticals: true),
        CrisisRule.En("posts-ads-of-me", CrisisKind.Exploitation,
            @"\b(post|posts|posted|posting|puts|put) (ads|adverts|pictures|pics) of me\b|\bi have to (go )?(meet|see|sleep with) (the )?(men|guys|clients|customers|johns)\b"),
        CrisisRule.En("threat-to-family", CrisisKind.ImmediateDanger,
            $@"\b(come|coming|go|going) after my ({Family})\b|\b(will|would|gonna|going to|threatened to|threatens to|threaten to|said they would|said he would|said she would|or they will|or he will|or she will)( \w+)? (hurt|kill|beat|harm|shoot|stab|take|sell|deport) (my|our) ({Family})\b"),
        CrisisRule.En("someone-close-is-harmed", CrisisKind.Exploitation,
            $@"(?<!\b(if|whether) (\w+ ){{0,3}})\bmy ({Relation}) (is|was|has been|got|keeps getting|is getting)( being)? (trafficked|sold|pimped|forced|raped|abused|kidnapped|held|locked up|threatened|exploited|prostituted|beaten|blackmailed|missing)\b"),
        CrisisRule.En("they-are-being-harmed", CrisisKind.Exploitation,
            @"(?<!\b(if|whether) (\w+ ){0,3})\b(he|she|they) (is|are) being (trafficked|sold|pimped|forced|raped|abused|held|prostituted|exploited)\b",
            skipsHypotheticals: true),

        // --- Immediate danger ------------------------------------------------------------------
        CrisisRule.En("i-am-in-danger", CrisisKind.ImmediateDanger,
            $@"\bi am (not safe|in danger|unsafe|scared for my life|afraid for my life|trapped|stuck here|hiding|locked in|scared to go home|afraid to go home|being followed|being watched|being hunted)\b{NotFigurative}"),
        CrisisRule.En("not-safe", CrisisKind.ImmediateDanger,
            @"\bnot safe (at home|here|right now|anymore|now|with (him|her|them|my))\b|\bi (do not|no longer|never) feel safe\b(?! (around|near|with) (my )?\w+)|\bi feel (unsafe|in danger|trapped)\b(?! (around|near|with) (my )?\w+)"),
        CrisisRule.En("going-to-hurt-me", CrisisKind.ImmediateDanger,
            @"\bto (kill|hurt|beat|rape|sell|kidnap|shoot|stab|take) me\b(?! (if|when|lol|lmao|haha|to (school|the|a|my|class|practice)))"),
        // "My mom will kill me if I'm late" is a figure of speech; real threats with "if I tell/leave" are threat-if-i-tell.
        CrisisRule.En("will-kill-me", CrisisKind.ImmediateDanger,
            @"\b(will|would|and|gonna|going to|wants to|trying to|threatened to|threatens to|said they would|said he would|said she would) (find me and )?(kill|stab|shoot|rape|jump|kidnap) me\b(?! (if|when|lol|lmao|haha))"),
        CrisisRule.En("someone-following-me", CrisisKind.ImmediateDanger,
            @"\b(someone|somebody|a man|a guy|a stranger|a car|a van|a woman|he|she|they) (is |are )?(following|chasing|watching|outside) (me|my (house|home|door|window|room|school|car))\b|\b(knows|found out|found) where i (live|go to school|sleep)\b|\bshowed up at my (house|home|school|work|door)\b"),
        CrisisRule.En("weapon-or-injury", CrisisKind.ImmediateDanger,
            @"\b(put|slipped|spiked) something in my (drink|cup|soda|water)\b|\bwoke up (in|at) (a|an|some) (car|room|house|place) i (do not|dont) (know|recognize)\b|\b(does|did|keeps doing|doing) (things|stuff) to me\b|\b(has|got|pulled|pulling|holding) a (gun|knife|weapon)\b|\bi am bleeding\b|\bbroke into my (house|home|room|apartment|car)\b|\bi (want|am going|need) to (kill|hurt|stab|shoot) (someone|somebody|him|her|them|people)\b|\b(do not|never) want to go (back )?home\b"),
        CrisisRule.En("emergency", CrisisKind.ImmediateDanger,
            @"\b(i have|i am having|this is|it is|there is|we have) an? emergency\b|\bsend (help|the police|someone)\b|\bcall (911|the police|the cops) for me\b|\bplease call (911|the police|the cops)\b"),
        CrisisRule.En("nowhere-safe", CrisisKind.ImmediateDanger,
            @"\b(need|looking for|have nowhere|have no) (a )?(safe )?place to (stay|sleep|go)( tonight| right now| now)?\b|\b(have )?nowhere (else )?to (go|stay|sleep)\b|\bi (ran|run|have run) away\b|\bi am (so |really |very )?(scared|afraid|terrified)( right now)?$|\bi am not (ok|okay|safe)\b"),
        CrisisRule.En("need-to-escape", CrisisKind.ImmediateDanger,
            @"\bi (need|have|want|got|am trying) to (get out|escape|run away|get away from (him|her|them|my \w+))\b|\bhelp me (get out|escape|leave|run|get away)\b|\bi (need|want) out\b|\bget me out( of here)?\b"),

        // --- Suicide and self-harm ----------------------------------------------------------
        CrisisRule.En("hurt-myself", CrisisKind.SelfHarm,
            @"\b(kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|end|ending|off|offing|shoot|hang|hanging|drown|poison|starve|starving) my ?self\b"),
        // Asking about suicide prevention or the crisis line is information; so is "I'm not suicidal".
        CrisisRule.En("want-to-kill-end", CrisisKind.SelfHarm,
            @"\bi (want|am going|plan|am planning|am ready|am about|am thinking about|think about|keep thinking about) (to )?kill(ing)?$"),
        CrisisRule.En("suicide", CrisisKind.SelfHarm,
            @"(?<!\b(not|never|am not|is not|prevencion del|prevencion de|prevenir el|signs of|signs for|(video|videos|article|book|movie|documentary|number|line|info|information|numero|linea|lineas|tema|informacion) (about|on|for|de|del|sobre|para)( el)?) )\b(suicid\w*|self ?harm\w*)\b(?! (prevention|awareness|hotline|line|lifeline|statistics|stats|rates?|resources|squad|crisis line|month|week|assignment|project|essay|presentation|number|warning signs|signs))|\boverdosed\b"),
        CrisisRule.En("someone-harming-themselves", CrisisKind.SelfHarm,
            @"\b(kill|killing|hurt|hurting|harm|harming|cut|cutting) (himself|herself|themselves|themself)\b|\b(he|she|they|my \w+) (is|are|has been|have been|keeps|started) cutting\b"),
        CrisisRule.En("overdose-or-jump", CrisisKind.SelfHarm,
            @"\b(i|he|she|they|my \w+|my \w+ \w+) (just )?(took|swallowed|have taken|has taken|am taking|is taking) (a bunch of|all|too many|a lot of|lots of|a whole bottle of|the whole bottle of|all my|all of my|all her|all his|all of her|all of his)( \w+)? (pills|meds|medicine|medication|tablets)\b|\b(jump|jumping) (off|from) (a|the) (bridge|roof|building|cliff|window)\b|\bin front of a (train|car|bus|truck)\b"),
        CrisisRule.En("want-to-die", CrisisKind.SelfHarm,
            @"\b(want|wants|going|ready|deserve|plan|planning|trying|about) to die\b|\bwish i (was|were|could be) (dead|never born)\b|\bi (want|wish) to be dead\b|\bbetter off (dead|without me)\b"),
        CrisisRule.En("dont-want-to-live", CrisisKind.SelfHarm,
            @"\b(do not|no longer|never|dont) want to (live|be alive|exist|be here anymore|wake up|go on)\b|\b(no|any) reason to (live|go on|keep going)\b"),
        CrisisRule.En("end-it", CrisisKind.SelfHarm,
            @"\b(end|ending|ended) (it all|everything|my life|this life)\b|\b(want to|going to|about to|ready to|gonna) end it\b|\b(take|taking) my (own )?life\b|\bfeel like dying\b|\b(i am|im) (so )?done with (everything|life|it all|living)\b|\bwant (it all|everything|the pain|it) to (stop|end)\b|\b(sleep|fall asleep) and never wake up\b|\bwish i (could )?never wake up\b|\b(life|living) is not worth (it|living)\b|\bnot worth living\b|\b(no )?point (of|in|to) (living|life|going on)\b|\bi (have been|been|am|keep|started|have started) cutting\b|\bi (can not|do not want to) (go on|keep going|do this anymore|take it anymore)\b|\bgive up on (life|living)\b|\bi want to disappear\b|\b(nobody|no one|noone) would (care|miss me|notice)\b|\b(overdose|od) on\b|\bi hate my life\b"),

        // --- Bare calls for help ------------------------------------------------------------
        CrisisRule.En("help-me", CrisisKind.CallForHelp,
            @"\bhelp me\b(?! (understand|learn|know|find out|find the|find info|find information|find (sources|articles|books|resources|facts|statistics|stats|quotes|examples)|figure|with|make|create|write|build|plan|report|get involved|get started|see|choose|decide|study|prepare|explain|remember|think|do my|teach|practice|check|recognize|spot|identify|to understand|to learn|to report|to know|to make|to help|to find))"),
        CrisisRule.En("need-help", CrisisKind.CallForHelp,
            @"\bi need (help|someone|somebody)\b(?! (with|understanding|to understand|learning|finding out|for (my|a|our) (class|project|presentation|report|essay|homework|lesson|school)))"),
        CrisisRule.En("please-help", CrisisKind.CallForHelp,
            @"\b(please|someone|somebody|anyone|anybody) help\b|\bhelp (please|now|asap|quick|fast|quickly|right now)\b|\bsos\b|\bmayday\b|^help (help|i am|i need|someone|somebody|he|she|they|there)\b"),

        // --- Spanish ------------------------------------------------------------------------
        CrisisRule.Es("es-me-hacen-dano", CrisisKind.Exploitation,
            $@"(?<!\b(no|nadie) )\bme (traficaron|trafican|trafico|traficaba|empuja|empujan|jalonea|jalonean|cachetea|cachetean|obligan|obliga|obligaron|obligo|fuerzan|fuerza|forzaron|forzo|venden|vende|vendieron|vendio|prostituyen|prostituye|explotan|explota|pegan|pega|pego|golpean|golpea|golpeo|amenazan|amenaza|amenazaron|amenazo|violan|viola|violaron|violo|tocan|toca|toco|tocaron|encierran|encierra|encerraron|encerro|controlan|controla|persigue|persiguen|chantajean|chantajea|drogan|drogaron|maltratan|maltrata|lastiman|lastima|secuestraron|secuestro|abusan|abusa|abuso|abusaron|acosan|acosa|madrea|madrean|madreo|madrearon|droga|drogo|quieren vender|van a vender|estan obligando|estan forzando|estan vendiendo|estan amenazando|estan explotando|estan siguiendo|estan prostituyendo|estan pegando|estan violando|estan tocando|estan drogando|estan chantajeando)\b{NotEveryday}|(?<!\bno )\bme (estan|esta) (obligando|forzando|vendiendo|amenazando|explotando|prostituyendo|pegando|violando|tocando|drogando|chantajeando)\b"),
        CrisisRule.Es("es-me-siguen", CrisisKind.ImmediateDanger,
            @"\bme (siguen|sigue|estan siguiendo)\b(?! en (insta|instagram|tiktok|redes|snap|twitter|facebook))"),
        CrisisRule.Es("es-no-me-dejan", CrisisKind.Exploitation,
            @"\bno (me|nos) (dejan|deja|dejaban|dejaba) (salir|irme|irnos|ir|hablar|llamar|ver|volver|comer|dormir|renunciar)\b"),
        CrisisRule.Es("es-amenaza", CrisisKind.ImmediateDanger,
            @"\b(matar|matarme|lastimar|lastimarme|pegar|pegarme|golpear|golpearme|hacer(me)? dano)\b.{0,40}\bsi (no )?(le |les )?(digo|cuento|regreso|me voy|lo dejo|la dejo|hablo|denuncio|hago)\b|\btiene (una |un )?(pistola|arma|cuchillo|navaja)\b|\b(le habla|les habla|me echa|nos echa|llama|llamar|me reporta|nos reporta|me denuncia|nos denuncia|va a llamar|va a hablar|le va a hablar)( a)? (a )?la migra\b|\b(dice|dijo|dicen|dijeron|amenaza|amenazo) que si (digo|cuento|le digo|les digo|hablo|aviso)\b|\bsi no me dejo\b|\b(le|les) (va a hacer|van a hacer|hacen|hace|haran|hara) (lo mismo|algo|dano)( malo)? a (mi|mis)\b|\bsi me (salgo|voy|escapo|niego|rajo|rehuso)\b.{0,40}\b(le|les|me|nos) (hacen|hace|van a|va a|matan|mata|lastiman|lastima)\b|\bme (hace|hacen|hizo|hicieron) cosas\b"),
        CrisisRule.Es("es-trabajo-forzado", CrisisKind.Exploitation,
            @"\b(trabajar|trabajando|trabajo|trabaja|trabajan|trabajaba|trabajamos|limpiar|limpiando)\b.{0,60}\b(no (me|nos) (paga|pagan|pagaba|pagaban)|sin (pagarme|pagarnos|pagarle|pagarles|paga|pago))\b|\bme (pone|ponen|puso|pusieron|tiene|tienen) (a )?(trabajar|limpiar|vender|talonear|trabajando|vendiendo|limpiando|prostituirme)\b|\b(le|les) (debo|debemos)\b.{0,40}\b(trabajar|pagarle|pagar|ir con)\b" +
            @"|\b(el|la|su|mi) (patron|patrona|jefe|jefa|dueno|duena|encargado|encargada) (lo|la|los|las|me|nos) (amenaza|amenazan|amenazo)\b" +
            @"|\bme (usan|usa|ponen|pone|mandan|manda|obligan|obliga) (para |a )?(pasar|vender|llevar|cargar|mover|entregar|repartir) (droga|drogas|cosas|paquetes|mercancia|mota|cristal|fentanilo)\b" +
            @"|\b(trabaj\w*|costura|fabrica|taller|bodega|patron)\b.{0,60}\bsin poder (salir|irme|hablar|llamar|ver)\b|\bsin poder (salir|irme)\b.{0,60}\b(trabaj\w*|costura|fabrica|taller|patron)\b",
            skipsHypotheticals: true),
        CrisisRule.Es("es-la-danan", CrisisKind.Exploitation,
            @"(?<!\b(si|de que|cuando) (alguien|una? \w+|algun \w+|alguna \w+) (\w+ )?)\b(la|lo) (vende|venden|vendio|vendieron|obliga|obligan|obligo|obligaron|fuerza|fuerzan|forzo|forzaron|explota|explotan|estan anunciando|esta anunciando|estan vendiendo|estan ofreciendo|prostituye|prostituyen|pone a vender|ponen a vender|golpea|golpean|pega|pegan|viola|violan|violo|maltrata|maltratan|abusa|abusan)\b|\ble (consigue|consiguen|busca|buscan) (las )?citas\b|\b(ofreciendola|ofreciendolo|ofreciendolas|ofreciendolos|anunciandola|anunciandolo|vendiendola|vendiendolo|prostituyendola|prostituyendolo)\b|\banuncios? (de|con fotos de) (mi|mis) (hija|hijo|hijas|hijos|hermana|hermano|prima|primo|sobrina|sobrino|nieta|nieto|novia|amiga|alumna|alumno|estudiante)\b|\b(me|nos|le|les) (consigue|consiguen|consiguio|busca|buscan|buscaba|arregla|arreglan|agenda|agendan|hace|hacen) (las |unas )?citas con (hombres|senores|clientes|vatos|batos|tipos|desconocidos|sus amigos|otros)\b|(?<!\b(si|de que|cuando) (alguien|una? \w+|algun \w+|alguna \w+) )\b(esta|estan) siendo (violad[ao]s?|vendid[ao]s?|abusad[ao]s?|explotad[ao]s?|tratad[ao]s?|prostituid[ao]s?|amenazad[ao]s?)\b",
            skipsHypotheticals: true),
        CrisisRule.Es("es-sextorsion", CrisisKind.Exploitation,
            @"\b(va|van|iba|iban) a (mandar|subir|publicar|ensenar|pasar|compartir|enviar)\b.{0,40}\b(escuela|todos|todo el mundo|mis papas|mis padres|mi familia|mis amigos|redes|si no)\b|\bme (va|van|iba|iban) a (exponer|exhibir|quemar|balconear|funar)\b|\bme (estan|esta) (extorsionando|chantajeando)\b|\b(o|si no)\b.{0,60}\b(sube|subira|va a subir|publica|manda|pasa|ensena|comparte|suben|publican|mandan) (el video|los videos|las fotos|mis fotos|mi video|mis videos|mi pack|mis packs|mis nudes)\b|\b(o|si no)( le mando mas)? (lo|la|los|las|mis \w+|el video|los videos|las fotos) (sube|subira|va a subir|publica|manda|pasa|ensena|comparte)\b|\b(va|van|iba|iban) a (exponer|exhibir|quemar|balconear|funar|subir|mandar|pasar|ensenar) (mi|mis) (pack|packs|fotos|videos|nudes)\b" +
            @"|\b(tiene|tienen|guarda|guardan|grabo|grabaron) (mis |unos |unas )?(videos|fotos|nudes|packs?|imagenes)( mios| mias| de mi)?\b.{0,80}\bsi no\b|\bsi no\b.{0,60}\bse (los|las|lo|la) (manda|mandan|pasa|pasan|ensena|ensenan|sube|suben|publica|publican|va a mandar|van a mandar|va a subir|van a subir|va a ensenar)\b"),
        CrisisRule.Es("es-fui-danado", CrisisKind.Exploitation,
            @"\b(fui|he sido|estoy siendo|soy) (violad[ao]|vendid[ao]|abusad[ao]|secuestrad[ao]|obligad[ao]|forzad[ao]|explotad[ao]|tratad[ao]|prostituid[ao])\b|\b(abusan|abusa|abusaron|abuso) de mi\b|\b(traficad[ao]|vendid[ao]|prostituid[ao]|explotad[ao]) (por|x) (mi|mis|un|una|el|la|unos|unas)\b"),
        CrisisRule.Es("es-tengo-que", CrisisKind.Exploitation,
            @"\b(tengo|tenia) que (tener sexo|tener relaciones|acostarme|trabajar sin paga|pagar una deuda|vender mi cuerpo)\b|\bme (hacen|hace|hicieron|hizo) (tener sexo|acostarme|trabajar|vender)\b|\bme tienen? (trabajando|encerrad[ao]|en un (cuarto|departamento|apartamento|casa|bodega|hotel|motel))\b" +
            @"|\b(tengo|tenia) que (estar|dormir|acostarme|salir) con (el|ella|ellos|el \w+|su \w+|sus \w+)\b.{0,20}\b(cuando|si) (el|ella|ellos|\w+) (quiera|quieran|quiere|quieren)\b" +
            @"|\bme (paga|pagan|da|dan|deja|dejan) (el cuarto|la renta|donde vivir|donde quedarme|donde dormir|comida|casa)\b.{0,40}\b(tengo que|a cambio)\b" +
            @"|\b(favores|servicios) (a|para) (sus |los |unos )?clientes\b|\bme (manda|mandan|lleva|llevan|ofrece|ofrecen) con (sus |unos |los )?(clientes|hombres|senores)\b"),
        CrisisRule.Es("es-me-pagan", CrisisKind.Exploitation,
            @"\bme (pagan|paga|pagaron|pago|dan dinero) (por|para) (tener )?(sexo|relaciones|fotos)\b"),
        CrisisRule.Es("es-mis-documentos", CrisisKind.Exploitation,
            @"\b(se quedaron con|se quedo con|tienen|tiene|me quitaron|me quito|quitaron) (mis?|mi cel y mis?) (pasaporte|documentos|papeles|identificacion)\b"),
        CrisisRule.Es("es-peligro", CrisisKind.ImmediateDanger,
            @"(?<!\b(no|ya no|nunca) )\b(estoy|me siento|me encuentro) (en peligro|insegur[ao]|atrapad[ao]|secuestrad[ao]|encerrad[ao]|amenazad[ao]|escondid[ao])\b|\bme (escape|escapo|pude escapar|logre escapar|sali corriendo|logre salir|pude salir) de (ellos|el|ella|ahi|alli|esa casa|ese lugar|ese cuarto|ese hotel|ese motel|ese departamento|donde me tenian)\b|\bno (estoy|me siento) (a salvo|segur[ao])\b|\bcorro peligro\b|(?<!\bno )\btengo (mucho )?miedo\b(?! (del|de la|de los|de las|al|a la|a los|a las) (examen|prueba|final|clase|presentacion|exposicion|tarea|dentista|doctor|oscuridad|aranas|perros|payasos|alturas|peliculas|pelicula))|(?<!\b(examen|tarea|clase|prueba|materia|escuela|calor|risa|jefa|mama|mami|hermano|hermana|maestra|maestro)( de \w+)? )\bme (van a|quiere|quieren|va a) (matar|lastimar|pegar|vender|llevar|secuestrar|violar)\b(?! (si|cuando|porque|por|lol|jaja))|\bemergencia\b|\bno tengo (donde|a donde|adonde) (dormir|quedarme|ir)\b|\bme (corrio|corrieron|echo|echaron) de (la|mi) casa\b|\bmiedo de (regresar|volver|ir) a (su|mi) casa\b|\b(van|va) a ir (por|contra|x) (mi|mis) (herman\w*|mama|jefa|papa|jefe|familia|hij\w*|abuel\w*|novi\w*)\b|\b(me )?(pusieron|puso|echaron|echo) algo en (mi|la) (bebida|vaso|soda|agua|refresco)\b|\bdesperte en (un|una) (carro|cuarto|casa|lugar) (que )?no (conozco|se)\b"),
        CrisisRule.Es("es-suicidio", CrisisKind.SelfHarm,
            @"\b(me quiero|quiero|voy a|me voy a|pienso en|pensando en|ganas de) (morir|morirme|matarme|suicidarme|matar|suicidar|quitarme la vida|desaparecer|hacerme dano|cortarme|cortar)\b(?! de (la |el )?(verguenza|risa|hambre|sueno|calor|frio|aburrimiento|pena|ganas|amor|nervios))|\bno quiero (vivir|seguir viviendo|seguir|estar aqui|despertar)\b|\b(hacerme|me hago) dano\b|\bme corto\b|\bcortarme\b|\bquitarme la vida\b|\bmejor muert[oa]\b|\bya no puedo mas\b|\bno aguanto mas\b|\bnadie me (va a|iba a) (extranar|echar de menos)\b|\b(carta|nota|mensaje) de despedida\b|\bme despido de (todos|ustedes|mi familia)\b|\b(regale|regalando|regalar|regalo) (todas )?mis cosas\b|\b(mi|es mi) (ultimo dia|ultima noche)\b|\bya no voy a estar (aqui|aca|mas|con ustedes)\b|\bojala (no )?(despertar|despierte|amanecer|amanezca)\b|\bse (va a|quiere) (aventar|tirar|matar|suicidar|cortar)\b|\b(aventarme|tirarme|me (quiero|voy a|iba a|pienso) (aventar|tirar)) (del|de un|de una|de la|desde (el|la|un|una)) (techo|puente|edificio|azotea|ventana|balcon|barranco)\b|\b(ahorcarme|colgarme|me (quiero|voy a) (ahorcar|colgar))\b(?! (el|la|los|las|un|una|mi|mis) )|\b(hoy|esta noche|manana) (se acaba|termina|acabo con|se termina)\b|\bse (acaba|termina) (todo )?(hoy|esta noche)\b|\b(me canse|cansad[oa]|harto|harta) de (vivir|la vida|estar viv[oa])\b|\b(hice|escribi|deje|dejo|tengo lista) (la|mi|una) (carta|nota)\b.{0,60}\b(perdon|perdonen|adios|despedida|los quiero|las quiero)\b|\b(abrir|abrirme|cortar|cortarme) las venas\b|\bpara (matarme|suicidarme|quitarme la vida)\b|\b(terminar|acabar) con (todo|mi vida|su vida)\b|\bse (corto|corta|cortaba|esta cortando)\b|\b(tomar|tomarme|tomo|tome|tomarse) (todas )?(las|unas|muchas) pastillas\b"),
        CrisisRule.Es("es-ayuda", CrisisKind.CallForHelp,
            @"(?<!\b((linea|lineas|numero|numeros|centro|centros|grupo|grupos|recursos|programa|programas|servicios) de|piden|pide|pedir|buscan|busca|buscar|reciben|recibe|recibir|hay|dan|da|dar|ofrecen|ofrece|conseguir|consiguen) )\b(auxilio|socorro|ayudame|ayuda|necesito ayuda)\b(?! (a entender|a aprender|a saber|a encontrar|a hacer|con (mi|la|el|un|una|esto|eso) (tarea|ensayo|proyecto|trabajo|presentacion|clase|examen|homework|reporte)|para (mi|un|una) (tarea|ensayo|proyecto|trabajo|presentacion|clase|reporte)))"),
    ];
}
