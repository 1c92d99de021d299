package org.oncotriage.datagen.intent;

import java.util.List;
import org.oncotriage.policy.Need;

/**
 * Conversations written in Spanish, for every label: administrative asks (reschedule, unchanged
 * refill, records and discs, interpreter, rides, portal, bills), protocol asks (nausea the
 * antiemetic controls, constipation, scan preparation, how to take a medicine, a normal result, the
 * fever plan, a supportive refill), decisions (a new lump, a result nobody explained, stopping a
 * drug, a new prescription, a supplement with therapy, a controlled refill, a second opinion, a
 * trial) and red flags present now. Drug, test and pharmacy names stay as patients write them. The
 * picker writes these at one rate for every label bucket, so the language never tells the level.
 */
final class SpanishIntents {

  private SpanishIntents() {}

  /** The name prefix of these intents; the catalog keeps them out of the English pools. */
  static final String PREFIX = "es.";

  private static final String DAY =
      "{el lunes|el martes|el miércoles|el jueves|el viernes|mañana|la próxima semana|el día 14}";
  private static final String PAST = "{ayer|el lunes|la semana pasada|el martes|hace dos semanas}";

  private static Intent ma(String name, String category, String... phrasings) {
    return Intent.of(PREFIX + "ma." + name, category, Need.administrative(), phrasings);
  }

  private static Intent rn(String name, String category, String... phrasings) {
    return Intent.of(PREFIX + "rn." + name, category, Need.nursing(), phrasings);
  }

  private static Intent md(String name, String category, boolean billable, String... phrasings) {
    return Intent.of(PREFIX + "md." + name, category, Need.medical(billable), phrasings);
  }

  static List<Intent> all() {
    return List.of(
        ma(
            "reschedule",
            "scheduling",
            "{Necesito|Quisiera} {cambiar|mover} {mi cita|la cita de mi mamá|la cita de mi esposo} {de|del} "
                + DAY
                + ". {Tengo trabajo ese día|No tengo quien me lleve|Vamos a estar fuera}. {Qué otro día tienen|Puede ser en la tarde}?",
            "{Buenas tardes|Hola}, {no puedo ir|no vamos a poder ir} a la cita {con $dr|de laboratorio|de la infusión} "
                + DAY
                + ". {Me pueden dar otra fecha|Me llaman para cambiarla}?",
            "cambiar cita " + DAY + " porfa"),
        ma(
            "refill_unchanged",
            "refill_noncontrolled",
            "{Necesito|Me pueden mandar} {la receta|un refill} de {mi|} $noncontrolled a $pharmacy. {Es la misma dosis|No ha cambiado nada}.",
            "La farmacia dice que {ya no tengo refills|necesita una nueva receta} para $noncontrolled. {Es la misma de siempre|Misma dosis}. {Gracias|Muchas gracias}."),
        ma(
            "records_disc",
            "records",
            "{Tengo|Tenemos} una segunda opinión en {MD Anderson|Stanford|el hospital universitario} "
                + DAY
                + ". {Necesitan|Piden} el disco del $scan y {las laminillas de la biopsia|el reporte de patología}. {Cómo los pido|Me los pueden mandar}?",
            "{Me pueden mandar|Necesito} una copia de {mis resultados|mi reporte del $scan|mis laboratorios} para {mi doctor de cabecera|mi archivo|el cirujano}."),
        ma(
            "interpreter",
            "logistics",
            "{Por favor|Pueden} {poner|reservar} un intérprete de español para la cita de {mi mamá|mi papá|mi esposo} "
                + DAY
                + ". {No habla inglés|Entiende muy poco inglés}.",
            "{Necesitamos|Necesito} intérprete para la cita con $dr "
                + DAY
                + "{| donde van a explicar el $scan}."),
        ma(
            "ride",
            "logistics",
            "{Empiezo|Voy a empezar} radiación {todos los días|cinco días a la semana} "
                + DAY
                + " y no tengo {carro|quien me lleve}. {Tienen transporte|Hay algún programa de transporte}?",
            "{Se canceló|No llegó} el transporte para mi {radiación|infusión} "
                + DAY
                + ". {Me pueden ayudar|A quién llamo}?"),
        ma(
            "portal_locked",
            "portal",
            "{No puedo entrar|Se bloqueó mi cuenta} {al portal|a mychart} y no puedo ver {mis resultados|el resultado del $scan que $dr ya me explicó}. {Me pueden ayudar|Me pueden resetear la contraseña}?",
            "{el portal no me deja entrar|la app dice cuenta bloqueada}, {ayuda porfa|cómo la desbloqueo}"),
        ma(
            "bill_auth",
            "billing",
            "{Me llegó|Recibí} una factura de {300|1,200|85} dólares por {el $scan|la infusión|los laboratorios} de "
                + PAST
                + ". {El seguro lo debería cubrir|No entiendo el cobro}. {Con quién hablo|Pueden revisarlo}?",
            "{Ya aprobaron|Ya salió} la autorización del seguro para {el $scan|$drug}? {La farmacia está esperando|Me dijeron que faltaba un papel}."),
        rn(
            "nausea_controlled",
            "side_effect_mild",
            "{Tengo|Tiene mi mamá} {un poco de náuseas|náuseas leves} {desde|después de} {la quimio|$regimen} pero {el $antiemetic|la pastilla para las náuseas} {me ayuda|le ayuda}. {Cada cuánto la puedo tomar|Es normal}?",
            "{Náuseas|Un poco de asco} {el tercer día|después de la infusión}, {el $antiemetic funciona|se me quita con la pastilla}. {La sigo tomando|Está bien}?"),
        rn(
            "constipation",
            "side_effect_mild",
            "{Estoy|Está mi papá} {estreñido|estreñida} {desde hace dos días|desde la quimio}. {Puedo tomar más $bowel|Qué puedo tomar}? {No tengo dolor fuerte|Estoy comiendo bien}.",
            "{No he ido al baño|No ha ido al baño} en {dos|tres} días {después de la infusión|con las pastillas para el dolor}. {Tomo $bowel|Qué hago}?"),
        rn(
            "scan_prep",
            "procedure_prep",
            "Mi $scan es "
                + DAY
                + ". {Tengo que estar en ayunas|Puedo comer antes|A qué hora dejo de comer}? {Y puedo tomar mis pastillas de la mañana|Y el café}?",
            "{Qué tengo que hacer|Cómo me preparo} para el $scan "
                + DAY
                + "? {Me da nervios|Es mi primera vez}."),
        rn(
            "how_to_take",
            "medication_instructions",
            "{Cómo tomo|Tomo} $drug {con comida o sin comida|en la mañana o en la noche}? {Perdí la hoja|No me acuerdo lo que dijo la enfermera}.",
            "{Se me olvidó|Olvidé} {una dosis|la pastilla} de $drug {anoche|esta mañana}. {La tomo ahora|Espero a la siguiente}?"),
        rn(
            "result_normal",
            "result_explained",
            "$dr {ya me explicó|me dijo en la cita} que {el $marker|el $scan} {salió normal|estaba estable}. {Cuándo es el próximo|Cada cuánto lo revisan}?",
            "{Vi|Ya vi} {mis laboratorios|el resultado} en el portal y $dr dijo que {todo estaba bien|era normal}. {Solo quería confirmar|Cuándo repito los análisis}?"),
        rn(
            "fever_plan",
            "red_flag_question",
            "{Si me da fiebre|En caso de fiebre} {con la quimio|con $drug}, {a qué temperatura llamo|llamo a ustedes o voy a emergencias}? {Ahora estoy bien|No tengo fiebre ahorita}.",
            "{Qué número de temperatura es peligroso|Con cuánta fiebre llamo} {durante $regimen|con el tratamiento}? {Solo para saber|Por ahora todo bien}."),
        rn(
            "supportive_refill",
            "refill_supportive",
            "{Me pueden mandar|Necesito} más {$antiemetic|$bowel|enjuague para la boca} a $pharmacy. {Misma dosis|Me funciona bien}{| gracias}.",
            "refill de {$antiemetic|$bowel} porfa, {misma dosis|igual que antes}"),
        md(
            "new_lump",
            "new_symptom",
            true,
            "{Me encontré|Le encontré a mi mamá} una bolita {nueva|dura} en {el cuello|la axila|la ingle|cerca de la cicatriz} {hace una semana|hace unos días}. {No duele|Es pequeña}. {Alguien la puede revisar|Tengo que ir}?",
            "{Tengo|Tiene mi esposo} un dolor nuevo en {la cadera|las costillas|la espalda baja} desde hace {tres semanas|un mes} que no se quita{| y es peor en la noche}. {Puede ser el cáncer|Necesito un estudio}?"),
        md(
            "result_unexplained",
            "result_unexplained",
            true,
            "{Salió|Ya salió} el resultado del $scan en el portal y {nadie me ha llamado|no lo hemos hablado}. Dice {\"lesión nueva\"|\"aumento de tamaño\"|\"progression\"}. {Qué significa|El tratamiento está funcionando}?",
            "{Mi|El} $marker {subió|subió otra vez} {de 20 a 55|mucho} y {nadie me lo ha explicado|$dr no ha llamado}. {Es malo|Hay que cambiar algo}?"),
        md(
            "stop_drug",
            "treatment_change",
            true,
            "{Quiero|Quisiera} {dejar|parar|bajar la dosis de} $drug {por un tiempo|unas semanas} porque {me siento muy mal|estoy muy cansada|los efectos son demasiado}. {Qué dice $dr|Se puede}?",
            "{Puedo|Podemos} {posponer|atrasar} el {ciclo|tratamiento} una semana {por un viaje|por la boda de mi hija}? {Afecta el tratamiento|Es seguro}?"),
        md(
            "new_prescription",
            "new_prescription",
            true,
            "{No puedo dormir|Tengo mucha ansiedad} desde {hace semanas|el diagnóstico}. {$dr me puede recetar algo|Me pueden dar algo}?",
            "{Mi doctor de cabecera|El dentista} me quiere dar $newmed. {Está bien con|Se puede tomar con} $drug?"),
        md(
            "supplement",
            "supplement_interaction",
            true,
            "{Puedo tomar|Empecé a tomar} $supplement {con|durante} $regimen? {Una amiga me lo recomendó|Lo leí en internet}.",
            "{Estoy tomando|Mi mamá toma} $supplement{| desde hace un mes}. {Le hace daño con la quimio|Interfiere con $drug}?"),
        md(
            "controlled_refill",
            "refill_controlled",
            false,
            "{Necesito|Me pueden mandar} {la receta|el refill} de $controlled, {la misma dosis|igual que el mes pasado}, a $pharmacy.",
            "refill de $controlled porfa, misma dosis"),
        md(
            "second_opinion",
            "second_opinion",
            false,
            "{Mi familia quiere|Queremos} una segunda opinión en {otro hospital|MD Anderson|Stanford} sobre el tratamiento. {$dr nos puede referir|Qué piensa $dr}?",
            "{Hay|Habrá} algún estudio clínico para {mi cáncer|el cáncer de mi mamá}? {Leí de uno en internet|Queremos saber las opciones}."),
        Intent.of(
            PREFIX + "ack",
            "ack",
            Need.administrative(),
            "{ok|Ok} gracias",
            "{Perfecto|Muy bien}, {gracias|muchas gracias}{|!}",
            "{Entendido|Ok entiendo}, {así lo hago|gracias por responder}."),
        Intent.chemo(
            PREFIX + "redflag.fever",
            "red_flag",
            Need.redFlag(),
            "{Tengo|Tiene mi mamá} fiebre de $hightemp {ahorita|desde hoy en la mañana|esta noche} y {escalofríos|mucho cansancio}. {Recibí|Recibió} quimio {hace una semana|hace 8 días|hace 10 días}. {Qué hago|Voy a emergencias}?",
            "fiebre $hightemp {ahorita|hoy}, quimio {la semana pasada|hace 10 días}, qué hago?"),
        Intent.of(
            PREFIX + "redflag.breathing",
            "red_flag",
            Need.redFlag(),
            "{Me falta el aire|No puedo respirar bien|Le falta el aire a mi papá} {desde hoy|desde anoche|ahorita} {y me duele el pecho|hasta para caminar al baño}. {Qué hago|Es normal}?",
            "{Tengo|Tiene} dolor de pecho {fuerte|nuevo} {desde hace una hora|ahorita} {y sudor|y me falta el aire}."),
        Intent.of(
            PREFIX + "redflag.leg",
            "red_flag",
            Need.redFlag(),
            "{Tengo|Tiene mi mamá} la pierna {derecha|izquierda} {hinchada, roja y con dolor|muy hinchada y caliente} desde {ayer|esta mañana}. {Es la quimio|Qué hago}?",
            "{Estoy|Está} {vomitando sangre|con heces negras|sangrando y no para} {desde hoy|ahorita}. {Voy a emergencias|Qué hago}?"));
  }
}
