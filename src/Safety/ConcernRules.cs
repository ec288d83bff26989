namespace AwarenessBot.Safety;

/// <summary>
/// Patterns for messages that may be a disclosure but are not clearly one: the check-in tier
/// ("are you safe right now?"). Same normalised text as <see cref="CrisisRules"/>. A check-in on a
/// harmless message costs one tap; a missed risk costs far more, so these lean towards asking.
/// </summary>
public static class ConcernRules
{
    private const string Person =
        "boyfriend|girlfriend|bf|gf|uncle|aunt|stepdad|stepfather|stepmom|stepmother|dad|father|mom|mother|brother|sister|cousin|" +
        "coach|teacher|boss|neighbor|neighbour|manager|grandpa|grandfather|pastor|tutor|family|parents|foster \\w+|\\w+ boyfriend|\\w+ girlfriend";

    public static IReadOnlyList<CrisisRule> All { get; } =
    [
        CrisisRule.En("uneasy-around-someone", CrisisKind.PossibleRisk,
            $@"\b(feel|feels|felt|am|get|gets|getting|is|are) (really |so |kind of |kinda |a little |very |not |not really )?(unsafe|safe|uncomfortable|weird|creeped out|scared|nervous|afraid|anxious) (around|with|when|of|by|at|near) (my |her |his |our |this |that |the )?({Person}|home|him|her|them)\b|\bmakes? me (feel )?(really |so |very )?(uncomfortable|nervous|scared|afraid|weird|unsafe|creeped out)\b"),
        CrisisRule.En("asked-to-keep-secret", CrisisKind.PossibleRisk,
            @"\b(keep|keeping) (it|this|us|our relationship|them|that|everything) (a |our )?secret\b|\b(told|tells|asked|asks|made|makes|wants) me (to )?(not|never) (to )?tell\b|\b(do not|never) tell (anyone|anybody|your parents|your mom|your dad|my parents)\b|\bmade me promise not to tell\b",
            needsFirstPerson: true),
        CrisisRule.En("older-person-attention", CrisisKind.PossibleRisk,
            @"\b(older|adult|grown) (guy|man|men|dude|boyfriend|girlfriend|woman|lady|friend)\b.{0,60}\b(gifts?|money|cash|buy|buys|bought|pics|pictures|photos|meet|ride|rides|picks|secret|hotel|party|parties|job)\b|\b(he|she) is (1[89]|[2-5][0-9]) and i am (1[0-7])\b|\bi am (1[0-7]) and (he|she|my boyfriend|my girlfriend|my bf|my gf) is (1[89]|[2-5][0-9])\b",
            needsFirstPerson: true),
        CrisisRule.En("asked-for-pictures", CrisisKind.PossibleRisk,
            @"\b(asking|asks|asked|wants|wanted|keeps asking|keep asking|begging) (me )?(for |to send )?(pics|pictures|photos|nudes|videos|selfies|naked)\b|\bsend (him|her|them) (pics|pictures|photos|nudes)\b",
            needsFirstPerson: true),
        CrisisRule.En("offer-too-good", CrisisKind.PossibleRisk,
            @"\b(modeling|modelling|hostess|dancing|dancer|massage) (gig|job|offer|work|opportunity)\b|\beasy money\b|\bmake (money|cash) (fast|quick)\b|\b(meet|meeting) (at|in) a (hotel|motel)\b",
            needsFirstPerson: true),
        CrisisRule.En("is-this-normal", CrisisKind.PossibleRisk,
            @"\bis (it|this|that) (normal|ok|okay|weird|bad|allowed|legal|wrong) (that|for|if|when) my\b|\bis it (normal|ok|okay|weird) (that|if|when) (he|she|they)\b"),
        CrisisRule.En("trouble-at-home", CrisisKind.PossibleRisk,
            @"\bsomething (is )?(weird|wrong|bad|off|strange|scary|not right) (is )?(happening |going on )?(at home|at my house|in my house|with my (family|\w+ boyfriend|stepdad|uncle|dad|mom))\b|\bscared to go home\b|\b(thinking|thought|think) (about|of) running away\b|\bwant to run away\b"),
        CrisisRule.En("burden-or-pressure", CrisisKind.PossibleRisk,
            @"\bi am (just )?a burden\b|\bi feel like a burden\b|\b(they are|they keep|keep) pressuring me to (join|jump in|sell|carry)\b|\bscared to go to (the bathroom|school|class|the park) (because|cause|cuz)\b"),
        CrisisRule.En("low-mood", CrisisKind.PossibleRisk,
            @"\bnothing matters (anymore|to me)\b|\bi (do not|dont) care about anything (anymore)?\b|\bi feel (so )?empty\b"),
        CrisisRule.En("unsure-if-safe", CrisisKind.PossibleRisk,
            @"\b(do not|dont) know if i am (safe|ok|okay|in danger)\b|\bnot sure (if|whether) i am (safe|ok|okay|in danger)\b"),
        CrisisRule.En("someone-close-in-trouble", CrisisKind.PossibleRisk,
            @"\bmy (friend|best friend|bestie|sister|brother|cousin|classmate|student|daughter|son)( \w+)? (is|might be|may be) (getting |being )?(groomed|used|manipulated|pressured|controlled)\b|\bmy (friend|best friend|bestie|sister|brother|cousin|classmate|student|daughter|son)( \w+)? (is|seems|was|looks) (scared|afraid|terrified) of\b|\bmy (friend|best friend|bestie|sister|cousin|student|daughter)( \w+)? (keeps )?(disappears|disappearing|goes missing|went missing|ran away|has been missing|is missing)\b"),

        CrisisRule.Es("es-incomodo", CrisisKind.PossibleRisk,
            @"\bme (hace|hacen) sentir (muy |bien )?(incomod[oa]|insegur[oa]|rar[oa]|mal)\b|\b(me siento|me da) (muy |bien |medio |algo )?(incomod[oa]|miedo|rar[oa]|insegur[oa]|nervios[oa]) (con|cuando|cerca de)\b"),
        CrisisRule.Es("es-secreto", CrisisKind.PossibleRisk,
            @"\b(no le digas|no se lo digas|no le diga|que no le diga|es (un|nuestro) secreto|guardar (el|un|nuestro) secreto|me pidio que no (le )?dijera|(dijo|dijeron|dice|dicen|pidio|pidieron|pide|piden) que no (le |les |se lo |se la )?(cuente|cuentes|diga|digas|contara|dijera) (a nadie|nada|lo que)|sin decirle a nadie|sin que (nadie|mis papas|mis padres|mi mama|mi papa|mi jefa|mi jefe) (sepa|sepan|se entere|se enteren)|sin que (lo )?(sepa|sepan|se entere|se enteren) (nadie|mis papas|mis padres|mi mama|mi papa|mi jefa|mi jefe))\b"),
        CrisisRule.Es("es-fotos", CrisisKind.PossibleRisk,
            @"\bme (pide|piden|pidio|pidieron|esta pidiendo|sigue pidiendo) (fotos|fotografias|nudes|packs?|videos)\b|\bque le (mande|envie) (fotos|nudes|packs?)\b"),
        CrisisRule.Es("es-mayor", CrisisKind.PossibleRisk,
            @"\b(un|una) (senor|hombre|vato|man|tipo|senora|mujer) (mucho )?mayor\b.{0,60}\b(regalos|regalo|robux|tarjetas|dinero|fotos|ver|trabajo|secreto|recoge|mandar|numero)\b|\b(dinero|lana|feria|trabajo|chamba|jale|empleo) (muy |bien |super )?(facil|rapid[oa])\b|\bpara (chicas|chavas|muchachas|morras|ninas|chavitas) como (yo|tu)\b|\b(chamba|trabajo|jale) (bien pagad[oa] )?de (modelo|modelos|edecan|edecanes|mesera|meseras|bailarina|bailarinas)\b|\bme (ofrece|ofrecio|ofrecen|quiere pagar|paga|pagan)\b.{0,30}\b(por modelar|de modelo|modelaje|por fotos|por salir|por verme)\b" +
            @"|\bsi quiero\b.{0,40}\btengo que (ser (buena onda|amable|carinos[oa]|linda)|salir|portarme bien|dejarme|hacerle (un )?(favor|favorcito|favores)) con (el|ella)\b|\b(manager|representante|agente|manejador|manejadora)\b.{0,60}\b(fotos|sesiones|modelo|modelar|modelaje|citas|castings?)\b" +
            @"|\b(me|nos|le|les) (ofrece|ofrecen|ofrecio|ofrecieron) (quedarme|quedarnos|quedarse|vivir|un lugar|un cuarto|cuarto|casa|donde quedarme|donde vivir|donde dormir)\b"),
        CrisisRule.Es("es-diferencia-de-edad", CrisisKind.PossibleRisk,
            @"\btiene (1[89]|[2-5][0-9])( anos)? y yo (tengo )?(1[0-7])\b|\btengo (1[0-7])( anos)? y (el|ella|mi novio|mi novia) (tiene )?(1[89]|[2-5][0-9])\b|\b(le )?tiene miedo (a|de) su (novio|novia|padrastro|tio|papa|jefe|pareja)\b|\bme siento (muy |bien )?presionad[oa]\b"),
        CrisisRule.Es("es-presion-o-acecho", CrisisKind.PossibleRisk,
            @"\bme (estan|esta) presionando\b|\bbrincarme\b|\bme quieren meter a (la|una) (clica|ganga|pandilla)\b|\b(soy|siento que soy) (un estorbo|una carga)\b|\bun (hombre|senor|vato|tipo|carro)\b.{0,40}\b(afuera de la escuela|afuera de mi casa|me sigue|nos sigue)\b|\bme (esperan|espera|estan esperando) (ahi|afuera|en)\b" +
            @"|\b(me|lo|la|los|las|nos) (andan |estan |quieren |anda |esta |quiere )?(reclutando|reclutar|reclutaron|recluto)\b" +
            @"|\bsaben? (donde|en donde|adonde|a que escuela) (vivo|estudio|vivimos|voy|trabajo)\b" +
            @"|\b(hombres?|senor(es)?|vatos?|batos?|tipos?|carros?|camionetas?|van)\b.{0,40}\b(afuera de|cerca de|enfrente de|frente a) (la|mi) (escuela|casa|prepa|secundaria)\b.{0,40}\b(les hablan|nos hablan|le habla|me habla|nos siguen|nos llaman|les ofrecen|nos ofrecen|les toman fotos)\b"),
        CrisisRule.Es("es-conocido-en-linea", CrisisKind.PossibleRisk,
            @"\b(fui a ver|ir a ver|verme con|vernos|nos veamos|me quiere ver|quiere verme|nos vimos|me vi con)\b.{0,60}\b(snap|snapchat|insta|instagram|tiktok|internet|linea|discord|roblox|facebook|free fire)\b|\b(snap|snapchat|insta|instagram|tiktok|internet|linea|discord|roblox|facebook|free fire|juego|videojuego|app|whatsapp)\b.{0,60}\b(en persona|fui a ver|ir a ver|verme con|vernos|nos veamos|me quiere ver|quiere verme|nos vimos|me vi con|me dio miedo)\b" +
            @"|\bsi me (voy|iba|fuera|vaya) con (el|ella|ellos)\b|\b(una )?(vida mejor|mejor vida)\b.{0,40}\b(lejos|si me voy|irme|conmigo)\b|\b(lejos|si me voy|irme|conmigo)\b.{0,40}\b(una )?(vida mejor|mejor vida)\b|\b(se va a ir|se quiere ir|se fue|me voy a ir|me quiero ir|irme|irse|viajar|mudarme|mudarse|vivir|trabajar)\b.{0,80}\b(conocio|conoci|conocimos) (en|por) (el |la |un |una )?(face|facebook|insta|instagram|tiktok|snap|snapchat|internet|linea|discord|roblox|juego|videojuego|app|whatsapp)\b|\b(mandar|manda|mando|pagar|paga|pago|comprar|compra|compro) (un |el |mi )?(boleto|pasaje|uber|ticket|vuelo)\b.{0,40}\b(ir a verlo|ir a verla|verlo|verla|vernos|verme|ir con (el|ella))\b"),
        CrisisRule.Es("es-senales-en-alumno", CrisisKind.PossibleRisk,
            @"\b(un|una|mi) (alumno|alumna|estudiante)\b.{0,80}\b(falta mucho|desaparece|llega con|celulares nuevos|celular nuevo|ropa cara|tatuaje|mucho dinero|novio mayor|un senor)\b"),
        CrisisRule.Es("es-deuda-o-regalos", CrisisKind.PossibleRisk,
            @"\b(dice|dijo|dicen|dijeron) que (le|les) debo\b|\b(verme|vernos|conocerme|conocernos|nos veamos|en persona)\b.{0,60}\b(me|te) (va a|iba a|quiere|promete|prometio) (comprar|regalar|dar|pagar)\b|\b(me|te) (va a|iba a|quiere|promete|prometio) (comprar|regalar|dar|pagar)\b.{0,60}\b(nos vemos|nos veamos|verme|vernos|en persona)\b|\b(le|les) debo\b.{0,40}\b(regalo|regalos|me compro|me regalo|me dio)\b|\b(pagar|pagarselo|pagarlo|se lo pago) de otra (forma|manera)\b|\b(telefono|cel|celular)\b.{0,60}\b(solo|nomas|nada mas) (lo use |lo uses |lo usara |lo usaras )?(para )?(hablar|hable|contactar|mensajear|escribir) con (ellos|el|ella)\b|\b(se va|sale|anda|se sube) con (vatos|batos|hombres|senores|tipos|chavos) (mas )?(grandes|mayores)\b|\bun (senor|hombre|vato|tipo|man)\b.{0,30}\b(roblox|fortnite|snap|insta|tiktok|discord|free fire|internet|linea)\b.{0,60}\b(mandar|regalar|dar|comprar|numero|verme|ver)\b" +
            // An adult offering something in exchange for "a favour": the trade is the warning sign, whatever the gift.
            @"|\b(un|una|el|ese|esa|un amigo de mi|una amiga de mi) (man|senor|senora|vato|bato|tipo|hombre|mujer|chavo|desconocido|desconocida|cuate|primo|tio|vecino|jefe)\b.{0,60}\b(me|te|nos) (da|daba|daria|dio|compra|compraba|compraria|regala|regalaba|regalaria|ofrece|ofrecio|paga|pagaba|pagaria)\b.{0,40}\bsi (le|les) (hago|hacia|hiciera|doy|daba|diera|mando|mandaba|mandara)\b"),
        CrisisRule.Es("es-cambios-sin-explicacion", CrisisKind.PossibleRisk,
            @"\b(iphone|cel|celular|telefono|ropa|bolsa|bolsas|tenis|unas|dinero|joyas|cadena|cadenas|perfume)( \w+)? (nuev[oa]s?|car[oa]s?)\b.{0,40}\b(no (le|se lo|se la|se los|se las) (compraron|compro|compramos|dimos|dio|dieron)|nadie (le|se lo|se la) (compro|dio|regalo)|no (sabemos|se|sabe) de donde)\b" +
            @"|\bmi (hermana|hija|hermano|hijo|prima|primo|amiga|amigo|sobrina|sobrino|nieta|alumna|alumno)( \w+){0,3} (ya )?(no )?(llega|regresa|vuelve|viene) (en la |hasta la |de )?(madrugada|a dormir|al otro dia)\b" +
            @"|\b(la|lo|las|los) (tienen|tiene) (trabajando|encerrad[ao]s?)\b"),
        CrisisRule.Es("es-animo", CrisisKind.PossibleRisk,
            @"\btodo me da igual\b|\bno tengo ganas de nada\b|\bya nada me importa\b|\bme siento vaci[oa]\b"),
        CrisisRule.Es("es-huir", CrisisKind.PossibleRisk,
            @"\b(pienso|estoy pensando|quiero) (en )?(escaparme|huir|irme de la casa|irme de mi casa)\b|\balgo (raro|malo|extrano) (pasa|esta pasando) en (mi )?casa\b"),
    ];
}
