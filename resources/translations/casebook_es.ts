<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AssessmentJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>tiene %1 caracteres; el límite es %2</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>«%1» no es un UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>«%1» no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation>tiene %1 elementos; el límite es %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>criterion %1 is scored twice</source>
        <translation>el criterio %1 se puntúa dos veces</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 100</source>
        <translation>debe ser un número entero de 0 a 100</translation>
    </message>
    <message>
        <source>must be level, na or unknown</source>
        <translation>debe ser level, na o unknown</translation>
    </message>
    <message>
        <source>must be low, medium or high</source>
        <translation>debe ser low, medium o high</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>debe ser un UUID</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>debe ser un número entero de 1 a %1</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>An assessment needs the assessor&apos;s name.</source>
        <translation>Una evaluación necesita el nombre del evaluador.</translation>
    </message>
    <message>
        <source>Saving the assessment</source>
        <translation>Guardando la evaluación</translation>
    </message>
    <message>
        <source>There is no use case %1.</source>
        <translation>No existe el caso de uso %1.</translation>
    </message>
    <message>
        <source>An assessment with the UUID %1 already exists.</source>
        <translation>Ya existe una evaluación con el UUID %1.</translation>
    </message>
    <message>
        <source>Reading assessments</source>
        <translation>Leyendo las evaluaciones</translation>
    </message>
    <message>
        <source>There is no assessment %1.</source>
        <translation>No existe la evaluación %1.</translation>
    </message>
    <message>
        <source>Counting assessments</source>
        <translation>Contando las evaluaciones</translation>
    </message>
    <message>
        <source>Deleting the assessment</source>
        <translation>Eliminando la evaluación</translation>
    </message>
    <message>
        <source>The assessor&apos;s identity is not a UUID.</source>
        <translation>La identidad del evaluador no es un UUID.</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file is larger than %1 MB, the limit for an attachment.</source>
        <translation>El archivo supera los %1 MB, el límite para un adjunto.</translation>
    </message>
    <message>
        <source>Storing the attachment</source>
        <translation>Guardando el adjunto</translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation>Leyendo el adjunto</translation>
    </message>
    <message>
        <source>The attachment %1 is not stored.</source>
        <translation>El adjunto %1 no está guardado.</translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La sincronización se canceló.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Comparando con %1…</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Sincronizando con %1…</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer Casebook (bundle format %2); update Casebook to open this bundle.</source>
        <translation>%1 se creó con una versión más reciente de Casebook (formato de paquete %2); actualice Casebook para abrir este paquete.</translation>
    </message>
    <message>
        <source>The document %1 does not have the expected form.</source>
        <translation>El documento %1 no tiene la forma esperada.</translation>
    </message>
    <message>
        <source>The document %1 contains invalid Unicode text.</source>
        <translation>El documento %1 contiene texto Unicode no válido.</translation>
    </message>
    <message>
        <source>The document %1 has a field this version does not know: %2.</source>
        <translation>El documento %1 tiene un campo que esta versión no conoce: %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>No es un archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>This is not a Casebook bundle (it has no manifest).</source>
        <translation>No es un paquete de Casebook (no tiene manifiesto).</translation>
    </message>
    <message>
        <source>This is not a Casebook bundle.</source>
        <translation>No es un paquete de Casebook.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (format_version).</source>
        <translation>El manifiesto del paquete no es válido (format_version).</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (min_reader_version).</source>
        <translation>El manifiesto del paquete no es válido (min_reader_version).</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (%1).</source>
        <translation>El manifiesto del paquete no es válido (%1).</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists a file outside the allowed layout: %1.</source>
        <translation>El manifiesto del paquete incluye un archivo fuera de la estructura permitida: %1.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists the file %1 twice.</source>
        <translation>El manifiesto del paquete incluye dos veces el archivo %1.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: the file %1 is missing.</source>
        <translation>El paquete está incompleto: falta el archivo %1.</translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its size differs from the manifest).</source>
        <translation>El paquete está dañado en la entrada %1 (su tamaño no coincide con el del manifiesto).</translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its SHA-256 fingerprint differs from the manifest).</source>
        <translation>El paquete está dañado en la entrada %1 (su huella SHA-256 no coincide con la del manifiesto).</translation>
    </message>
    <message>
        <source>The bundle contains a file its manifest does not list: %1.</source>
        <translation>El paquete contiene un archivo que su manifiesto no incluye: %1.</translation>
    </message>
    <message>
        <source>Rubric %1 in %2 is invalid: %3</source>
        <translation>La rúbrica %1 de %2 no es válida: %3</translation>
    </message>
    <message>
        <source>it has no uuid.</source>
        <translation>no tiene uuid.</translation>
    </message>
    <message>
        <source>The rubric %1 appears twice.</source>
        <translation>La rúbrica %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>The tag list is invalid: %1.</source>
        <translation>La lista de etiquetas no es válida: %1.</translation>
    </message>
    <message>
        <source>The tag %1 is listed twice.</source>
        <translation>La etiqueta %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>Use case %1 in %2 is not an object.</source>
        <translation>El caso de uso %1 de %2 no es un objeto.</translation>
    </message>
    <message>
        <source>Use case %1 (&quot;%2&quot;) is invalid: %3</source>
        <translation>El caso de uso %1 («%2») no es válido: %3</translation>
    </message>
    <message>
        <source>The use case %1 appears twice.</source>
        <translation>El caso de uso %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>The code %1 is used by two use cases.</source>
        <translation>Dos casos de uso usan el código %1.</translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; has the tag %2, which %3 does not list.</source>
        <translation>El caso de uso «%1» tiene la etiqueta %2, que %3 no incluye.</translation>
    </message>
    <message>
        <source>The attachment %1 of &quot;%2&quot; does not have the size its use case gives.</source>
        <translation>El adjunto %1 de «%2» no tiene el tamaño que indica su caso de uso.</translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; names the attachment %2, which is missing from the bundle.</source>
        <translation>El caso de uso «%1» menciona el adjunto %2, que falta en el paquete.</translation>
    </message>
    <message>
        <source>The ancestry of &quot;%1&quot; is invalid.</source>
        <translation>El linaje de «%1» no es válido.</translation>
    </message>
    <message>
        <source>The ancestry names a use case that is not in the bundle: %1.</source>
        <translation>El linaje menciona un caso de uso que no está en el paquete: %1.</translation>
    </message>
    <message>
        <source>Fields from a newer Casebook were kept as they are: %1.</source>
        <translation>Se conservaron tal cual los campos de una versión más reciente de Casebook: %1.</translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its content does not match its name).</source>
        <translation>El paquete está dañado en la entrada %1 (su contenido no coincide con su nombre).</translation>
    </message>
    <message>
        <source>The bundle contains an attachment that no use case names: %1.</source>
        <translation>El paquete contiene un adjunto que ningún caso de uso menciona: %1.</translation>
    </message>
    <message>
        <source>Assessment %1 is invalid: %2</source>
        <translation>La evaluación %1 no es válida: %2</translation>
    </message>
    <message>
        <source>it is not an object.</source>
        <translation>no es un objeto.</translation>
    </message>
    <message>
        <source>The assessment %1 appears twice.</source>
        <translation>La evaluación %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 assessed the same use case twice against the same rubric.</source>
        <translation>%1 evaluó dos veces el mismo caso de uso con la misma rúbrica.</translation>
    </message>
    <message>
        <source>The assessment by %1 names a use case that is not in the bundle.</source>
        <translation>La evaluación de %1 menciona un caso de uso que no está en el paquete.</translation>
    </message>
    <message>
        <source>The assessment by %1 names a rubric that is not in the bundle.</source>
        <translation>La evaluación de %1 menciona una rúbrica que no está en el paquete.</translation>
    </message>
    <message>
        <source>The assessment by %1 scores a criterion its rubric does not have: %2.</source>
        <translation>La evaluación de %1 puntúa un criterio que su rúbrica no tiene: %2.</translation>
    </message>
    <message>
        <source>The assessment by %1 gives %2 a level outside the rubric&apos;s scale.</source>
        <translation>La evaluación de %1 da a %2 un nivel fuera de la escala de la rúbrica.</translation>
    </message>
    <message>
        <source>The list of deleted records is invalid.</source>
        <translation>La lista de registros eliminados no es válida.</translation>
    </message>
    <message>
        <source>The record %1 is both present and deleted, or deleted twice.</source>
        <translation>El registro %1 está presente y eliminado a la vez, o eliminado dos veces.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest does not match its content (%1).</source>
        <translation>El manifiesto del paquete no coincide con su contenido (%1).</translation>
    </message>
    <message>
        <source>The document %1 is refused: %2</source>
        <translation>Se rechaza el documento %1: %2</translation>
    </message>
    <message>
        <source>The bundle holds more records than the %1 a bundle may hold (use cases, assessments and deleted records together).</source>
        <translation>El paquete contiene más registros que los %1 permitidos (casos de uso, evaluaciones y registros eliminados en conjunto).</translation>
    </message>
    <message>
        <source>The ancestry of %1 is given twice.</source>
        <translation>El linaje de %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>The bundle&apos;s parts of %1 are not numbered from 2 without a gap: %2.</source>
        <translation>Las partes del paquete de %1 no están numeradas desde 2 sin huecos: %2.</translation>
    </message>
    <message>
        <source>revision: must be a whole number from 1 to %1</source>
        <translation>revision: debe ser un número entero de 1 a %1</translation>
    </message>
    <message>
        <source>Its JSON documents are too large when unpacked (%1 MB; the limit is %2 MB).</source>
        <translation>Sus documentos JSON son demasiado grandes al descomprimirlos (%1 MB; el límite es %2 MB).</translation>
    </message>
</context>
<context>
    <name>BundleWorkshops</name>
    <message>
        <source>The document workshops.json has a field this version does not know: %1.</source>
        <translation>El documento workshops.json tiene un campo que esta versión no conoce: %1.</translation>
    </message>
    <message>
        <source>The document workshops.json does not have the expected form.</source>
        <translation>El documento workshops.json no tiene la forma esperada.</translation>
    </message>
    <message>
        <source>The bundle holds more records than the %1 a bundle may hold.</source>
        <translation>El paquete contiene más registros que los %1 permitidos.</translation>
    </message>
    <message>
        <source>Workshop %1 is invalid: %2</source>
        <translation>El taller %1 no es válido: %2</translation>
    </message>
    <message>
        <source>it is not an object.</source>
        <translation>no es un objeto.</translation>
    </message>
    <message>
        <source>it has a field this version does not know: %1.</source>
        <translation>tiene un campo que esta versión no conoce: %1.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; appears twice.</source>
        <translation>El taller «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; names a rubric that is not in the bundle.</source>
        <translation>El taller «%1» menciona una rúbrica que no está en el paquete.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; names a use case that is not in the bundle.</source>
        <translation>El taller «%1» menciona un caso de uso que no está en el paquete.</translation>
    </message>
    <message>
        <source>Round scores %1 are invalid: %2</source>
        <translation>Las puntuaciones de ronda %1 no son válidas: %2</translation>
    </message>
    <message>
        <source>they are not an object.</source>
        <translation>no son un objeto.</translation>
    </message>
    <message>
        <source>they have a field this version does not know: %1.</source>
        <translation>tienen un campo que esta versión no conoce: %1.</translation>
    </message>
    <message>
        <source>The round %1 scores of %2 appear twice.</source>
        <translation>Las puntuaciones de la ronda %1 de %2 aparecen dos veces.</translation>
    </message>
    <message>
        <source>The round scores of %1 name a workshop that is not in the bundle.</source>
        <translation>Las puntuaciones de ronda de %1 mencionan un taller que no está en el paquete.</translation>
    </message>
    <message>
        <source>The round scores of %1 name round %2, which the workshop &quot;%3&quot; does not have.</source>
        <translation>Las puntuaciones de ronda de %1 mencionan la ronda %2, que el taller «%3» no tiene.</translation>
    </message>
    <message>
        <source>The round scores of %1 name a use case that is not in the workshop.</source>
        <translation>Las puntuaciones de ronda de %1 mencionan un caso de uso que no forma parte del taller.</translation>
    </message>
    <message>
        <source>The round scores of %1 score a criterion the rubric does not have: %2.</source>
        <translation>Las puntuaciones de ronda de %1 puntúan un criterio que la rúbrica no tiene: %2.</translation>
    </message>
    <message>
        <source>The round scores of %1 give %2 a level outside the rubric&apos;s scale.</source>
        <translation>Las puntuaciones de ronda de %1 dan a %2 un nivel fuera de la escala de la rúbrica.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>The export to %1 was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación a %1; no se escribió nada.</translation>
    </message>
    <message>
        <source>The bundle %1 could not be written: %2</source>
        <translation>No se pudo escribir el paquete %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to share: it takes %2 MB, and a bundle entry may take at most %3 MB.</source>
        <translation>%1 es demasiado grande para compartirlo: ocupa %2 MB y una entrada de paquete puede ocupar como máximo %3 MB.</translation>
    </message>
    <message>
        <source>The use case %1 (&quot;%2&quot;)</source>
        <translation>El caso de uso %1 («%2»)</translation>
    </message>
    <message>
        <source>The assessment by %1</source>
        <translation>La evaluación de %1</translation>
    </message>
    <message>
        <source>it would hold %1 records (use cases, assessments and deleted records), and a bundle may hold at most %2; choose fewer use cases.</source>
        <translation>contendría %1 registros (casos de uso, evaluaciones y registros eliminados) y un paquete puede contener como máximo %2; elija menos casos de uso.</translation>
    </message>
    <message>
        <source>it would hold %1 files, and a bundle may hold at most %2; choose fewer use cases or leave the attachments out.</source>
        <translation>contendría %1 archivos y un paquete puede contener como máximo %2; elija menos casos de uso o deje fuera los adjuntos.</translation>
    </message>
    <message>
        <source>%1 takes %2 MB, and a bundle entry may take at most %3 MB.</source>
        <translation>%1 ocupa %2 MB y una entrada de paquete puede ocupar como máximo %3 MB.</translation>
    </message>
    <message>
        <source>its records would take %1 MB as JSON, and a bundle may take at most %2 MB; choose fewer use cases.</source>
        <translation>sus registros ocuparían %1 MB en JSON y un paquete puede ocupar como máximo %2 MB; elija menos casos de uso.</translation>
    </message>
    <message>
        <source>its files would take %1 MB unpacked, and a bundle may take at most %2 MB; choose fewer use cases or leave the attachments out.</source>
        <translation>sus archivos ocuparían %1 MB descomprimidos y un paquete puede ocupar como máximo %2 MB; elija menos casos de uso o deje fuera los adjuntos.</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>Cannot record the changes of this write.</source>
        <translation>No se pueden registrar los cambios de esta escritura.</translation>
    </message>
    <message>
        <source>Cannot apply the changes.</source>
        <translation>No se pueden aplicar los cambios.</translation>
    </message>
    <message>
        <source>Cannot read the recorded changes.</source>
        <translation>No se pueden leer los cambios registrados.</translation>
    </message>
</context>
<context>
    <name>ChartFigure</name>
    <message>
        <source>Weights: %1</source>
        <translation>Pesos: %1</translation>
    </message>
    <message>
        <source>Casebook, %1</source>
        <translation>Casebook, %1</translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>No se pudo escribir el gráfico en %1.</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>No hay ningún gráfico que exportar.</translation>
    </message>
    <message>
        <source>Choose a width between %1 and %2 pixels.</source>
        <translation>Elija un ancho de entre %1 y %2 píxeles.</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>The column synonyms table is not valid.</source>
        <translation>La tabla de sinónimos de columnas no es válida.</translation>
    </message>
</context>
<context>
    <name>CompareLimits</name>
    <message numerus="yes">
        <source>Choose at least %1 use cases to compare; %n chosen.</source>
        <translation>
            <numerusform>Elija al menos %1 casos de uso que comparar; se eligió %n.</numerusform>
            <numerusform>Elija al menos %1 casos de uso que comparar; se eligieron %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %1 use cases to compare; %n chosen. Narrow the selection, the tag or the search.</source>
        <translation>
            <numerusform>Elija como máximo %1 casos de uso que comparar; se eligió %n. Acote la selección, la etiqueta o la búsqueda.</numerusform>
            <numerusform>Elija como máximo %1 casos de uso que comparar; se eligieron %n. Acote la selección, la etiqueta o la búsqueda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTables</name>
    <message>
        <source>Hidden until the facilitator reveals the scores (R).</source>
        <translation>Oculto hasta que el moderador revele las puntuaciones (R).</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>do not rely on it</source>
        <translation>no fiarse</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>no calculable</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>Below the rubric&apos;s minimum coverage: listed, not ranked.</source>
        <translation>Por debajo de la cobertura mínima de la rúbrica: en la lista, sin clasificar.</translation>
    </message>
    <message>
        <source>Rank with the rubric&apos;s weights: %1</source>
        <translation>Puesto con los pesos de la rúbrica: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Lowest and highest of the assessors&apos; own indices (assessors: %1)</source>
        <translation>El más bajo y el más alto de los índices propios de los evaluadores (evaluadores: %1)</translation>
    </message>
    <message>
        <source>%1 (below minimum)</source>
        <translation>%1 (por debajo del mínimo)</translation>
    </message>
    <message>
        <source>α %1, %2</source>
        <translation>α %1, %2</translation>
    </message>
    <message>
        <source>one assessor</source>
        <translation>un solo evaluador</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Nivel %1: %2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Assessors&apos; range</source>
        <translation>Rango de los evaluadores</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>¿Igual?</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ difiere</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= igual</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Widest spread</source>
        <translation>Mayor dispersión</translation>
    </message>
    <message>
        <source>In</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Wide in</source>
        <translation>Amplia en</translation>
    </message>
    <message>
        <source>α interval</source>
        <translation>α de intervalo</translation>
    </message>
    <message>
        <source>α ordinal</source>
        <translation>α ordinal</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Interpretación</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>The top of a ranking needs at least one place, not %1.</source>
        <translation>La cabeza de una clasificación necesita al menos un puesto, no %1.</translation>
    </message>
</context>
<context>
    <name>ComparisonLoader</name>
    <message>
        <source>No use case matches the selection; nothing to compare.</source>
        <translation>Ningún caso de uso coincide con la selección; no hay nada que comparar.</translation>
    </message>
    <message>
        <source>Every use case of the selection is restricted (%1); add --include-restricted to compare them.</source>
        <translation>Todos los casos de uso de la selección están restringidos (%1); añada --include-restricted para compararlos.</translation>
    </message>
</context>
<context>
    <name>ComparisonSelection</name>
    <message>
        <source>Choose the use cases to compare: --ids, --tag, --query or --workshop.</source>
        <translation>Elija los casos de uso que comparar: --ids, --tag, --query o --workshop.</translation>
    </message>
    <message>
        <source>--workshop chooses the use cases itself; leave out --ids, --tag, --query and --since.</source>
        <translation>--workshop elige por sí mismo los casos de uso; omita --ids, --tag, --query y --since.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has no use case.</source>
        <translation>El taller «%1» no tiene ningún caso de uso.</translation>
    </message>
    <message>
        <source>There is no workshop named &quot;%1&quot;.</source>
        <translation>No existe ningún taller llamado «%1».</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: the row has a value in column %2, but the header has only %3 columns.</source>
        <translation>línea %1: la fila tiene un valor en la columna %2, pero el encabezado solo tiene %3 columnas.</translation>
    </message>
    <message>
        <source>line %1: the file has more than %2 rows, the most Casebook reads at once.</source>
        <translation>línea %1: el archivo tiene más de %2 filas, el máximo que Casebook lee de una vez.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>El archivo está vacío: no tiene fila de encabezado.</translation>
    </message>
    <message>
        <source>line %1: a value is longer than %2 KB, the most Casebook reads in one cell.</source>
        <translation>línea %1: un valor supera los %2 KB, el máximo que Casebook lee en una celda.</translation>
    </message>
    <message>
        <source>line %1: the row has more than %2 columns, the most Casebook reads.</source>
        <translation>línea %1: la fila tiene más de %2 columnas, el máximo que lee Casebook.</translation>
    </message>
    <message>
        <source>line %1: a quoted value is never closed.</source>
        <translation>línea %1: un valor entre comillas nunca se cierra.</translation>
    </message>
    <message>
        <source>line %1: a quoted value is followed by other text; write a quote inside a quoted value as two quotes (&quot;&quot;).</source>
        <translation>línea %1: un valor entre comillas va seguido de otro texto; dentro de un valor entre comillas, escriba las comillas dobladas (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most Casebook reads at once.</source>
        <translation>El archivo supera los %1 MB, el máximo que Casebook lee de una vez.</translation>
    </message>
    <message>
        <source>line %1: the file contains a NUL character, which a text file never does.</source>
        <translation>línea %1: el archivo contiene un carácter NUL, que un archivo de texto nunca contiene.</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-16.</source>
        <translation>línea %1: el texto no es UTF-16 válido.</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8; save the sheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>línea %1: el texto no es UTF-8 válido; guarde la hoja como «CSV UTF-8» e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The separator must be a comma, a semicolon or a tab.</source>
        <translation>El separador debe ser una coma, un punto y coma o un tabulador.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>No se puede abrir el archivo %1.</translation>
    </message>
    <message>
        <source>line %1: the header has more than %2 columns, the most Casebook reads.</source>
        <translation>línea %1: el encabezado tiene más de %2 columnas, el máximo que lee Casebook.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>No se pudo escribir el archivo CSV.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>No se puede escribir el archivo %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Casebook database: it is not a regular file.</source>
        <translation>%1 no es una base de datos de Casebook: no es un archivo normal.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Casebook database (it is not an SQLite database file).</source>
        <translation>%1 no es una base de datos de Casebook (no es un archivo de base de datos SQLite).</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its header is invalid.</source>
        <translation>La base de datos %1 está dañada: su encabezado no es válido.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and was not changed.</source>
        <translation>La base de datos %1 está dañada y no se modificó.</translation>
    </message>
    <message>
        <source>The newest backup is %1.</source>
        <translation>La copia de seguridad más reciente es %1.</translation>
    </message>
    <message>
        <source>Cannot check the database %1.</source>
        <translation>No se puede comprobar la base de datos %1.</translation>
    </message>
    <message>
        <source>%1 failed on %2.</source>
        <translation>%1 falló en %2.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de datos %1 no existe.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Casebook (schema %2; this version reads up to %3). Update Casebook to open it.</source>
        <translation>%1 se escribió con una versión más reciente de Casebook (esquema %2; esta versión lee hasta el %3). Actualice Casebook para abrirlo.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>No se puede abrir la base de datos %1.</translation>
    </message>
    <message>
        <source>Cannot read the database %1.</source>
        <translation>No se puede leer la base de datos %1.</translation>
    </message>
    <message>
        <source>%1 is not a Casebook database (it is an SQLite database of another application).</source>
        <translation>%1 no es una base de datos de Casebook (es una base de datos SQLite de otra aplicación).</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1.</source>
        <translation>No se puede preparar la base de datos %1.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was left unchanged.</source>
        <translation>No se pudo hacer una copia de seguridad de %1 antes de actualizarlo, así que se dejó sin cambios.</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema version %2; it was left unchanged at version %3.</source>
        <translation>No se pudo actualizar %1 a la versión de esquema %2; se dejó sin cambios en la versión %3.</translation>
    </message>
    <message>
        <source>Setting the schema version</source>
        <translation>Estableciendo la versión del esquema</translation>
    </message>
    <message>
        <source>The backup cannot be written over the open database %1.</source>
        <translation>La copia de seguridad no puede sobrescribir la base de datos abierta %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: the folder does not exist.</source>
        <translation>No se puede escribir la copia de seguridad %1: la carpeta no existe.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>No se puede escribir la copia de seguridad %1.</translation>
    </message>
    <message>
        <source>The backup %1 did not verify and was not kept.</source>
        <translation>La copia de seguridad %1 no superó la verificación y no se conservó.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Iniciando una transacción</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>La transacción ya había terminado.</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Guardando los cambios</translation>
    </message>
    <message>
        <source>Giving assessors an identity</source>
        <translation>Asignando una identidad a los evaluadores</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>Preparando una instrucción</translation>
    </message>
    <message>
        <source>The check of %1 was stopped.</source>
        <translation>Se detuvo la comprobación de %1.</translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <source>everything</source>
        <translation>todo</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen use case(s)</source>
        <translation>
            <numerusform>%n caso de uso elegido</numerusform>
            <numerusform>%n casos de uso elegidos</numerusform>
        </translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>etiqueta: %1</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>búsqueda: %1</translation>
    </message>
    <message>
        <source>changed since %1</source>
        <translation>modificados desde %1</translation>
    </message>
    <message>
        <source>No use case has the UUID or code &apos;%1&apos;.</source>
        <translation>Ningún caso de uso tiene el UUID o el código «%1».</translation>
    </message>
    <message>
        <source>restricted use cases included</source>
        <translation>casos de uso restringidos incluidos</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out</source>
        <translation>
            <numerusform>%n caso de uso restringido excluido</numerusform>
            <numerusform>%n casos de uso restringidos excluidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetCounter</name>
    <message>
        <source>Counting the facets was cancelled.</source>
        <translation>Se canceló el recuento de las facetas.</translation>
    </message>
</context>
<context>
    <name>FieldMatrix</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Sectores verticales</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>Regiones del UIT-D</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>Contexto de desarrollo</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Fase de despliegue</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Estado de aprobación</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>Organización de origen</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Conectividad</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation>Normas utilizadas</translation>
    </message>
    <message>
        <source>Security baselines</source>
        <translation>Referencias de seguridad</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Brechas de normalización</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>GapRepository</name>
    <message>
        <source>Reading the gaps</source>
        <translation>Leyendo las brechas</translation>
    </message>
</context>
<context>
    <name>HeatMapChart</name>
    <message>
        <source>Median level (↕ spread in levels):</source>
        <translation>Nivel mediano (↕ dispersión en niveles):</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>%1 ↕%2</source>
        <translation>%1 ↕%2</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>Reading the history of a use case</source>
        <translation>Leyendo el historial de un caso de uso</translation>
    </message>
    <message>
        <source>Keeping an earlier version of a use case</source>
        <translation>Conservando una versión anterior de un caso de uso</translation>
    </message>
    <message>
        <source>Reading the history of an assessment</source>
        <translation>Leyendo el historial de una evaluación</translation>
    </message>
    <message>
        <source>Keeping an earlier version of an assessment</source>
        <translation>Conservando una versión anterior de una evaluación</translation>
    </message>
    <message>
        <source>Reading deleted records</source>
        <translation>Leyendo los registros eliminados</translation>
    </message>
</context>
<context>
    <name>Iec62559UseCaseMapper</name>
    <message>
        <source>%1, line %2: &lt;%3&gt; %4; nothing was imported.</source>
        <translation>%1, línea %2: &lt;%3&gt; %4; no se importó nada.</translation>
    </message>
    <message>
        <source>holds &apos;%1&apos;, whose value is not the JSON Casebook writes</source>
        <translation>contiene «%1», cuyo valor no es el JSON que escribe Casebook</translation>
    </message>
    <message>
        <source>has no &lt;name&gt;, which the schema requires</source>
        <translation>no tiene &lt;name&gt;, que el esquema exige</translation>
    </message>
    <message>
        <source>has no &lt;technicalId&gt;, which the schema requires</source>
        <translation>no tiene &lt;technicalId&gt;, que el esquema exige</translation>
    </message>
</context>
<context>
    <name>Iec62559XmlReader</name>
    <message>
        <source>%1, line %2: &lt;%3&gt; %4; nothing was imported.</source>
        <translation>%1, línea %2: &lt;%3&gt; %4; no se importó nada.</translation>
    </message>
    <message>
        <source>has no &lt;technicalId&gt;, which the schema requires</source>
        <translation>no tiene &lt;technicalId&gt;, que el esquema exige</translation>
    </message>
    <message>
        <source>has the technicalId &apos;%1&apos; of another element</source>
        <translation>tiene el technicalId «%1» de otro elemento</translation>
    </message>
    <message>
        <source>not imported, because no use case of the file refers to them: %1.</source>
        <translation>no importados, porque ningún caso de uso del archivo se refiere a ellos: %1.</translation>
    </message>
    <message>
        <source>is not the root of an IEC 62559-3 document (&lt;UseCaseRepository&gt; or &lt;CPSFramework&gt; in the namespace &quot;cpsframework&quot;)</source>
        <translation>no es la raíz de un documento IEC 62559-3 (&lt;UseCaseRepository&gt; o &lt;CPSFramework&gt; en el espacio de nombres &quot;cpsframework&quot;)</translation>
    </message>
    <message>
        <source>holds more than %1 use cases, the most one import takes</source>
        <translation>contiene más de %1 casos de uso, el máximo que admite una importación</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (line %2): kept with the record, under &quot;%3&quot;, what Casebook has no field for: %4.</source>
        <translation>«%1» (línea %2): se conserva con el registro, en «%3», lo que Casebook no tiene como campo: %4.</translation>
    </message>
</context>
<context>
    <name>Iec62559XmlWriter</name>
    <message>
        <source>Use cases from Casebook</source>
        <translation>Casos de uso de Casebook</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
</context>
<context>
    <name>ImportCodes</name>
    <message>
        <source>The code %1 of &quot;%2&quot; is used here by another use case; &quot;%2&quot; has the code %3 here.</source>
        <translation>El código %1 de «%2» ya lo usa aquí otro caso de uso; «%2» tiene aquí el código %3.</translation>
    </message>
    <message>
        <source>The team repository gives the code %1 to another use case, so &quot;%2&quot; has the new code %3 here; the next sync sends it.</source>
        <translation>El repositorio del equipo asigna el código %1 a otro caso de uso, así que «%2» tiene aquí el nuevo código %3; la próxima sincronización lo envía.</translation>
    </message>
</context>
<context>
    <name>ImportFailure</name>
    <message>
        <source>Nothing was changed: the import did not happen.</source>
        <translation>No se modificó nada: la importación no se realizó.</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>%1: this kind of file cannot be imported (expected a .casebook bundle, a .csv spreadsheet, a .json file or IEC 62559-3 .xml).</source>
        <translation>%1: este tipo de archivo no se puede importar (se esperaba un paquete .casebook, una hoja de cálculo .csv, un archivo .json o XML IEC 62559-3 .xml).</translation>
    </message>
    <message>
        <source>Bundles, spreadsheets, JSON and IEC 62559-3 XML (*.casebook *.csv *.txt *.tsv *.json *.xml);;Casebook bundles (*.casebook);;Spreadsheets (*.csv *.txt *.tsv);;JSON (*.json);;IEC 62559-3 XML (*.xml);;All files (*)</source>
        <translation>Paquetes, hojas de cálculo, JSON y XML IEC 62559-3 (*.casebook *.csv *.txt *.tsv *.json *.xml);;Paquetes de Casebook (*.casebook);;Hojas de cálculo (*.csv *.txt *.tsv);;JSON (*.json);;XML IEC 62559-3 (*.xml);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ImportLogRepository</name>
    <message>
        <source>Logging the import</source>
        <translation>Registrando la importación</translation>
    </message>
    <message>
        <source>Reading the import log</source>
        <translation>Leyendo el registro de importaciones</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Idéntico</translation>
    </message>
    <message>
        <source>Changed there only</source>
        <translation>Cambiado solo allí</translation>
    </message>
    <message>
        <source>Changed here only</source>
        <translation>Cambiado solo aquí</translation>
    </message>
    <message>
        <source>Changed on both sides, merged</source>
        <translation>Cambiado en ambos lados, combinado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Deleted there</source>
        <translation>Eliminado allí</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Eliminado aquí</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>Deleted here on %1.</source>
        <translation>Eliminado aquí el %1.</translation>
    </message>
    <message>
        <source>The code %1 is already used here by &quot;%2&quot;; the use case will get a new code.</source>
        <translation>El código %1 ya lo usa aquí «%2»; el caso de uso recibirá un código nuevo.</translation>
    </message>
    <message>
        <source>No common earlier version is known, so every difference is a choice.</source>
        <translation>No se conoce ninguna versión anterior común, así que cada diferencia es una elección.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Both copies are revision %1 of this assessment with different scores.</source>
        <translation>Ambas copias son la revisión %1 de esta evaluación, con puntuaciones distintas.</translation>
    </message>
    <message>
        <source>The %1 %2 appears twice.</source>
        <translation>%1 %2 aparece dos veces.</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>El caso de uso</translation>
    </message>
    <message>
        <source>The record %1 is both present and deleted in %2.</source>
        <translation>El registro %1 está presente y eliminado a la vez en %2.</translation>
    </message>
    <message>
        <source>rubric</source>
        <translation>La rúbrica</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>La evaluación</translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; names the attachment %2, whose file is missing.</source>
        <translation>El caso de uso «%1» menciona el adjunto %2, cuyo archivo falta.</translation>
    </message>
    <message>
        <source>The file %1 of &quot;%2&quot; was left out of this bundle; ask the sender for a bundle with attachments.</source>
        <translation>El archivo %1 de «%2» se dejó fuera de este paquete; pida al remitente un paquete con los adjuntos.</translation>
    </message>
    <message>
        <source>A different rubric with this UUID is stored here; rubric versions never change, so the local one is kept.</source>
        <translation>Aquí hay guardada otra rúbrica con este UUID; las versiones de una rúbrica nunca cambian, así que se conserva la local.</translation>
    </message>
    <message>
        <source>Version %1 of this rubric is already stored here with another UUID; the local one is kept.</source>
        <translation>La versión %1 de esta rúbrica ya está guardada aquí con otro UUID; se conserva la local.</translation>
    </message>
    <message>
        <source>Deleted there on %1.</source>
        <translation>Eliminado allí el %1.</translation>
    </message>
    <message>
        <source>The repository changed since the preview, so nothing was imported; preview %1 again.</source>
        <translation>El repositorio cambió desde la vista previa, así que no se importó nada; vuelva a previsualizar %1.</translation>
    </message>
    <message>
        <source>The merged use case &quot;%1&quot; is not valid.</source>
        <translation>El caso de uso combinado «%1» no es válido.</translation>
    </message>
    <message>
        <source>It claims to come from the version here but is older than it (modified %1 there, %2 here), so every difference is a choice.</source>
        <translation>Afirma proceder de la versión de aquí, pero es más antiguo que ella (modificado el %1 allí y el %2 aquí), así que cada diferencia es una elección.</translation>
    </message>
    <message>
        <source>at no time</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>The copies name different assessors (%1 here, %2 there).</source>
        <translation>Las copias indican evaluadores distintos (%1 aquí, %2 allí).</translation>
    </message>
    <message>
        <source>These are your own scores; a copy from elsewhere never replaces them unless you choose it (it says revision %1, yours is %2).</source>
        <translation>Son sus propias puntuaciones; una copia de otro lugar nunca las sustituye salvo que usted la elija (indica la revisión %1; la suya es la %2).</translation>
    </message>
    <message>
        <source>It is signed with your assessor identity, but you have no such assessment here.</source>
        <translation>Está firmada con su identidad de evaluador, pero usted no tiene esa evaluación aquí.</translation>
    </message>
    <message>
        <source>Modified there on %1, which is in the future; counted as the time of this import.</source>
        <translation>Modificado allí el %1, que está en el futuro; se toma como la hora de esta importación.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; of &quot;%2&quot; could run a program when opened (declared as %3, content looks like %4); open it only if you trust the sender.</source>
        <translation>El adjunto «%1» de «%2» podría ejecutar un programa al abrirlo (declarado como %3, su contenido parece %4); ábralo solo si confía en el remitente.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>sin tipo</translation>
    </message>
    <message>
        <source>The code %1 is also used here by &quot;%2&quot;: the use case made first keeps it, the other gets a new code.</source>
        <translation>El código %1 también lo usa aquí «%2»: el caso de uso creado primero lo conserva y el otro recibe un código nuevo.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%1 added, %2 updated, %3 unchanged, %n conflict(s), %4 deleted, %5 restored</source>
        <translation>
            <numerusform>%1 añadidos, %2 actualizados, %3 sin cambios, %n conflicto, %4 eliminados, %5 restaurados</numerusform>
            <numerusform>%1 añadidos, %2 actualizados, %3 sin cambios, %n conflictos, %4 eliminados, %5 restaurados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTakeBack</name>
    <message>
        <source>The import %1 of %2 was already taken back (%3).</source>
        <translation>La importación %1 de %2 ya se deshizo (%3).</translation>
    </message>
    <message>
        <source>The import %1 came from a sync (%2); a sync cannot be taken back.</source>
        <translation>La importación %1 procede de una sincronización (%2); una sincronización no se puede deshacer.</translation>
    </message>
    <message>
        <source>The import %1 of %2 was made by an earlier version of Casebook, which kept a copy of the repository from before it instead: %3. Open that copy, or copy it over this repository, to go back.</source>
        <translation>La importación %1 de %2 la hizo una versión anterior de Casebook, que en su lugar guardó una copia del repositorio de antes de la importación: %3. Para volver atrás, abra esa copia o cópiela sobre este repositorio.</translation>
    </message>
    <message>
        <source>The import %1 of %2 can no longer be taken back: Casebook keeps what the newest %3 imports changed.</source>
        <translation>La importación %1 de %2 ya no se puede deshacer: Casebook conserva lo que cambiaron las %3 importaciones más recientes.</translation>
    </message>
    <message>
        <source>The import %1 of %2 was made before this repository was upgraded to a newer Casebook, so it cannot be taken back.</source>
        <translation>La importación %1 de %2 se hizo antes de que este repositorio se actualizara a una versión más reciente de Casebook, así que no se puede deshacer.</translation>
    </message>
    <message>
        <source>The import %1 of %2 cannot be taken back: the use case %3 changed after it (edited here, or changed by a later import, which must be taken back first). Nothing was changed.</source>
        <translation>La importación %1 de %2 no se puede deshacer: el caso de uso %3 cambió después (se editó aquí o lo cambió una importación posterior, que hay que deshacer primero). No se modificó nada.</translation>
    </message>
    <message>
        <source>The import %1 of %2 cannot be taken back: a record it changed has changed after it (edited here, or changed by a later import, which must be taken back first). Nothing was changed.</source>
        <translation>La importación %1 de %2 no se puede deshacer: un registro que modificó ha cambiado después (se editó aquí o lo cambió una importación posterior, que hay que deshacer primero). No se modificó nada.</translation>
    </message>
    <message>
        <source>There is no import %1 in this repository.</source>
        <translation>No hay ninguna importación %1 en este repositorio.</translation>
    </message>
    <message>
        <source>Taking back the import %1 of %2 was cancelled; nothing was changed.</source>
        <translation>Se interrumpió la acción de deshacer la importación %1 de %2; no se cambió nada.</translation>
    </message>
    <message>
        <source>The import %1 of %2 cannot be taken back: the use case %3, which it added, has been scored since, and taking the import back would remove those scores with it. Nothing was changed.</source>
        <translation>La importación %1 de %2 no se puede deshacer: el caso de uso %3, que añadió, se ha evaluado desde entonces, y deshacer la importación eliminaría esas puntuaciones con él. No se modificó nada.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>The assessment by %1 was not imported: its use case or rubric is not here.</source>
        <translation>La evaluación de %1 no se importó: su caso de uso o su rúbrica no están aquí.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was imported.</source>
        <translation>Se canceló la importación de %1; no se importó nada.</translation>
    </message>
    <message>
        <source>The round %1 scores of %2 were not imported: %3</source>
        <translation>No se importaron las puntuaciones de la ronda %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>tiene %1 caracteres; el límite es %2</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>«%1» no es un UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>«%1» no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation>tiene %1 elementos; el límite es %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
</context>
<context>
    <name>MoCatalog</name>
    <message>
        <source>The file is not a gettext message catalogue.</source>
        <translation>El archivo no es un catálogo de mensajes gettext.</translation>
    </message>
    <message>
        <source>The message catalogue is damaged.</source>
        <translation>El catálogo de mensajes está dañado.</translation>
    </message>
</context>
<context>
    <name>OdtFinisher</name>
    <message>
        <source>Cannot write the report.</source>
        <translation>No se puede escribir el informe.</translation>
    </message>
</context>
<context>
    <name>OperationProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PgConnInfo</name>
    <message>
        <source>Casebook cannot use the team repository address %1: a value contains &apos;;&apos;, which Qt&apos;s PostgreSQL driver does not pass on.</source>
        <translation>Casebook no puede usar la dirección del repositorio del equipo %1: un valor contiene «;», que el controlador PostgreSQL de Qt no transmite.</translation>
    </message>
    <message>
        <source>Casebook cannot use the team repository address %1: it names several hosts; give one.</source>
        <translation>Casebook no puede usar la dirección del repositorio del equipo %1: nombra varios servidores; indique uno solo.</translation>
    </message>
    <message>
        <source>Casebook cannot use the team repository address %1: its host or port is not valid.</source>
        <translation>Casebook no puede usar la dirección del repositorio del equipo %1: su servidor o su puerto no es válido.</translation>
    </message>
    <message>
        <source>Casebook cannot use the team repository address %1: its parameter &apos;%2&apos; is not a keyword=value pair.</source>
        <translation>Casebook no puede usar la dirección del repositorio del equipo %1: su parámetro «%2» no tiene la forma palabra_clave=valor.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Could not connect to the team repository %1: %2</source>
        <translation>No se pudo conectar con el repositorio del equipo %1: %2</translation>
    </message>
    <message>
        <source>The team repository refused it: %1.</source>
        <translation>El repositorio del equipo lo rechazó: %1.</translation>
    </message>
    <message>
        <source>The team repository failed: %1.</source>
        <translation>El repositorio del equipo falló: %1.</translation>
    </message>
    <message>
        <source>Syncing needs Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql), which could not be loaded.</source>
        <translation>La sincronización necesita el controlador PostgreSQL de Qt (paquete de Debian libqt6sql6-psql), que no se pudo cargar.</translation>
    </message>
</context>
<context>
    <name>PgStatement</name>
    <message>
        <source>The team repository failed: a statement lacks a value.</source>
        <translation>El repositorio del equipo falló: a una instrucción le falta un valor.</translation>
    </message>
    <message>
        <source>The team repository cannot store text that contains a NUL character.</source>
        <translation>El repositorio del equipo no puede guardar un texto que contenga un carácter NUL.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Overall index of each use case (0 to 100); the whisker and the numbers in brackets span the lowest to the highest index its assessors gave: %1.</source>
        <translation>Índice global de cada caso de uso (de 0 a 100); el bigote y los números entre corchetes abarcan del índice más bajo al más alto que dieron sus evaluadores: %1.</translation>
    </message>
    <message>
        <source>Each spoke is a part of the rubric on a scale of 0 to 100; each line is a use case, with its own line style and marker: %1.</source>
        <translation>Cada radio es una parte de la rúbrica en una escala de 0 a 100; cada línea es un caso de uso, con su propio estilo de línea y marcador: %1.</translation>
    </message>
    <message>
        <source>Overall index with the assessors&apos; range</source>
        <translation>Índice global con el rango de los evaluadores</translation>
    </message>
    <message>
        <source>Profile of the leading use cases</source>
        <translation>Perfil de los casos de uso principales</translation>
    </message>
</context>
<context>
    <name>ReportFileWriter</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Se canceló el informe; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Cannot write the report %1.</source>
        <translation>No se puede escribir el informe %1.</translation>
    </message>
    <message>
        <source>Cannot write the report.</source>
        <translation>No se puede escribir el informe.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>Arabic (Debian package fonts-noto-core)</source>
        <translation>Árabe (paquete de Debian fonts-noto-core)</translation>
    </message>
    <message>
        <source>Chinese (Debian package fonts-noto-cjk)</source>
        <translation>Chino (paquete de Debian fonts-noto-cjk)</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>INTERNATIONAL TELECOMMUNICATION UNION</source>
        <translation>UNIÓN INTERNACIONAL DE TELECOMUNICACIONES</translation>
    </message>
    <message>
        <source>TELECOMMUNICATION STANDARDIZATION SECTOR</source>
        <translation>SECTOR DE NORMALIZACIÓN DE LAS TELECOMUNICACIONES</translation>
    </message>
    <message>
        <source>Question(s):</source>
        <translation>Cuestión(es):</translation>
    </message>
    <message>
        <source>Meeting, date:</source>
        <translation>Reunión, fecha:</translation>
    </message>
    <message>
        <source>Study Group:</source>
        <translation>Comisión de Estudio:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Propósito:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo-e:</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Palabras clave:</translation>
    </message>
    <message>
        <source>Abstract:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Comparison and ranking</source>
        <translation>Comparación y clasificación</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Brechas de normalización</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>not computable (too few paired scores)</source>
        <translation>no calculable (muy pocas puntuaciones emparejadas)</translation>
    </message>
    <message>
        <source> (95% interval %1 to %2)</source>
        <translation> (intervalo del 95 % de %1 a %2)</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Each criterion is scored from %1 to %2 by each assessor. A use case&apos;s index (0 to 100) is the weighted mean of the per-criterion medians across assessors; criteria not applicable are left out and the other weights renormalised. Coverage is the share of the rubric&apos;s weight that was scored; use cases below the minimum coverage are listed but not ranked.</source>
        <translation>Cada evaluador puntúa cada criterio de %1 a %2. El índice de un caso de uso (de 0 a 100) es la media ponderada de las medianas por criterio entre los evaluadores; los criterios no aplicables se excluyen y los demás pesos se renormalizan. La cobertura es la parte del peso de la rúbrica que se puntuó; los casos de uso por debajo de la cobertura mínima se listan, pero no se clasifican.</translation>
    </message>
    <message>
        <source>%1 at level %2 or below: %3</source>
        <translation>%1 en el nivel %2 o inferior: %3</translation>
    </message>
    <message>
        <source>Knock-out rules (they fire when any assessor scores at or below the level)</source>
        <translation>Reglas eliminatorias (se activan cuando algún evaluador puntúa en el nivel indicado o por debajo)</translation>
    </message>
    <message>
        <source>Agreement between assessors (Krippendorff&apos;s alpha, interval)</source>
        <translation>Acuerdo entre evaluadores (alfa de Krippendorff, de intervalo)</translation>
    </message>
    <message>
        <source>Agreement between assessors (Krippendorff&apos;s alpha, ordinal)</source>
        <translation>Acuerdo entre evaluadores (alfa de Krippendorff, ordinal)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>The use cases of this report record no standardization gap.</source>
        <translation>Los casos de uso de este informe no registran ninguna brecha de normalización.</translation>
    </message>
    <message>
        <source>Facet not given</source>
        <translation>Faceta no indicada</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n gap(s))</source>
        <translation>
            <numerusform>%1 (%n brecha)</numerusform>
            <numerusform>%1 (%n brechas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>Organismo de normalización candidato</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cuestión</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Casos de uso</translation>
    </message>
</context>
<context>
    <name>ReportUseCaseHtml</name>
    <message>
        <source>Description of the use case</source>
        <translation>Descripción del caso de uso</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>Organización de origen</translation>
    </message>
    <message>
        <source>Area / domains</source>
        <translation>Área / dominios</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Descripción breve</translation>
    </message>
    <message>
        <source>Complete description</source>
        <translation>Descripción completa</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <source>Generic, regional or national relation</source>
        <translation>Relación genérica, regional o nacional</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Fase de despliegue</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>Contexto de desarrollo</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>Regiones del UIT-D</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>Cuestiones del UIT-T</translation>
    </message>
    <message>
        <source>Related Recommendations</source>
        <translation>Recomendaciones relacionadas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Información adicional</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Indicadores clave de rendimiento</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>A lo largo del tiempo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Actors and references</source>
        <translation>Actores y referencias</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norma</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Faceta</translation>
    </message>
    <message>
        <source>Conformance tested</source>
        <translation>Conformidad probada</translation>
    </message>
    <message>
        <source>Scenarios and steps</source>
        <translation>Escenarios y pasos</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Primary actor</source>
        <translation>Actor principal</translation>
    </message>
    <message>
        <source>Triggering event</source>
        <translation>Evento desencadenante</translation>
    </message>
    <message>
        <source>Pre-conditions</source>
        <translation>Precondiciones</translation>
    </message>
    <message>
        <source>Post-conditions</source>
        <translation>Poscondiciones</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>Información intercambiada</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Modelo de datos</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Not assessed against this rubric.</source>
        <translation>No evaluado con esta rúbrica.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Rationales</source>
        <translation>Justificaciones</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Brechas de normalización</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>Organismo de normalización candidato</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cuestión</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
</context>
<context>
    <name>RoundDistribution</name>
    <message>
        <source>The workshop &quot;%1&quot; has no round %2.</source>
        <translation>El taller «%1» no tiene ronda %2.</translation>
    </message>
    <message>
        <source>The scores of round %1 are hidden until the facilitator reveals them; each assessor sees only their own.</source>
        <translation>Las puntuaciones de la ronda %1 permanecen ocultas hasta que el moderador las revele; cada evaluador solo ve las suyas.</translation>
    </message>
</context>
<context>
    <name>RoundSheetRepository</name>
    <message>
        <source>The workshop &quot;%1&quot; has no round %2.</source>
        <translation>El taller «%1» no tiene ronda %2.</translation>
    </message>
    <message>
        <source>Scores of a round need the assessor&apos;s identity and name.</source>
        <translation>Las puntuaciones de una ronda necesitan la identidad y el nombre del evaluador.</translation>
    </message>
    <message>
        <source>A round sheet holds too many scores.</source>
        <translation>Una hoja de ronda contiene demasiadas puntuaciones.</translation>
    </message>
    <message>
        <source>The use case %1 is not part of the workshop &quot;%2&quot;.</source>
        <translation>El caso de uso %1 no forma parte del taller «%2».</translation>
    </message>
    <message>
        <source>Round scores with the UUID %1 already exist.</source>
        <translation>Ya existen puntuaciones de ronda con el UUID %1.</translation>
    </message>
    <message>
        <source>Saving the round&apos;s scores</source>
        <translation>Guardando las puntuaciones de la ronda</translation>
    </message>
    <message>
        <source>Reading round scores</source>
        <translation>Leyendo las puntuaciones de ronda</translation>
    </message>
    <message>
        <source>Stored round scores cannot be read.</source>
        <translation>No se pueden leer unas puntuaciones de ronda guardadas.</translation>
    </message>
</context>
<context>
    <name>RoundTables</name>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Spread, round %1</source>
        <translation>Dispersión, ronda %1</translation>
    </message>
    <message>
        <source>α, round %1</source>
        <translation>α, ronda %1</translation>
    </message>
</context>
<context>
    <name>RubricEditing</name>
    <message>
        <source>The rubric needs a name.</source>
        <translation>La rúbrica necesita un nombre.</translation>
    </message>
    <message>
        <source>The rubric&apos;s name is longer than 500 characters.</source>
        <translation>El nombre de la rúbrica supera los 500 caracteres.</translation>
    </message>
    <message>
        <source>The scale needs a lowest level of 0 or more and a highest level above it (at most 100).</source>
        <translation>La escala necesita un nivel mínimo de 0 o más y un nivel máximo mayor que él (100 como máximo).</translation>
    </message>
    <message>
        <source>The rubric needs at least one dimension.</source>
        <translation>La rúbrica necesita al menos una dimensión.</translation>
    </message>
    <message>
        <source>Dimension %1 needs a name.</source>
        <translation>La dimensión %1 necesita un nombre.</translation>
    </message>
    <message>
        <source>The dimension id %1 is used twice.</source>
        <translation>El identificador de dimensión %1 se usa dos veces.</translation>
    </message>
    <message>
        <source>The dimension &quot;%1&quot; has no criteria.</source>
        <translation>La dimensión «%1» no tiene criterios.</translation>
    </message>
    <message>
        <source>criterion %1.%2</source>
        <translation>criterio %1.%2</translation>
    </message>
    <message>
        <source>%1 needs an id of 1 to 32 characters.</source>
        <translation>%1 necesita un identificador de 1 a 32 caracteres.</translation>
    </message>
    <message>
        <source>The criterion id %1 is used twice.</source>
        <translation>El identificador de criterio %1 se usa dos veces.</translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation>%1 necesita un nombre.</translation>
    </message>
    <message>
        <source>%1: the weight must be a number of 0 or more.</source>
        <translation>%1: el peso debe ser un número mayor o igual que 0.</translation>
    </message>
    <message>
        <source>%1: level %2 needs a descriptor.</source>
        <translation>%1: el nivel %2 necesita un descriptor.</translation>
    </message>
    <message>
        <source>%1 has %2 level descriptors; the scale needs %3.</source>
        <translation>%1 tiene %2 descriptores de nivel; la escala necesita %3.</translation>
    </message>
    <message>
        <source>At least one criterion needs a weight above 0.</source>
        <translation>Al menos un criterio necesita un peso mayor que 0.</translation>
    </message>
    <message>
        <source>A warning rule names the criterion %1, which is not in the rubric.</source>
        <translation>Una regla de aviso menciona el criterio %1, que no está en la rúbrica.</translation>
    </message>
</context>
<context>
    <name>RubricFile</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a rubric is much smaller.</source>
        <translation>%1 supera los %2 MB; una rúbrica es mucho más pequeña.</translation>
    </message>
    <message>
        <source>%1 must hold one rubric object.</source>
        <translation>%1 debe contener un único objeto de rúbrica.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>RubricJson</name>
    <message>
        <source>this is not a Casebook rubric (format is &apos;%1&apos;)</source>
        <translation>no es una rúbrica de Casebook (el formato es «%1»)</translation>
    </message>
    <message>
        <source>this rubric was made by a newer Casebook; update Casebook to open it</source>
        <translation>esta rúbrica se creó con una versión más reciente de Casebook; actualice Casebook para abrirla</translation>
    </message>
    <message>
        <source>uuid: &apos;%1&apos; is not a UUID</source>
        <translation>uuid: «%1» no es un UUID</translation>
    </message>
    <message>
        <source>name: a rubric needs a name of at most 500 characters</source>
        <translation>name: una rúbrica necesita un nombre de 500 caracteres como máximo</translation>
    </message>
    <message>
        <source>version: must be a whole number from 1</source>
        <translation>version: debe ser un número entero a partir de 1</translation>
    </message>
    <message>
        <source>scale: min must be 0 or more and max greater than min (at most 100)</source>
        <translation>scale: min debe ser 0 o más y max mayor que min (100 como máximo)</translation>
    </message>
    <message>
        <source>scale.labels: must be a list of texts</source>
        <translation>scale.labels: debe ser una lista de textos</translation>
    </message>
    <message>
        <source>dimensions: a rubric needs at least one dimension</source>
        <translation>dimensions: una rúbrica necesita al menos una dimensión</translation>
    </message>
    <message>
        <source>dimensions[%1]: needs a name</source>
        <translation>dimensions[%1]: necesita un nombre</translation>
    </message>
    <message>
        <source>%1: needs an id of 1 to 32 characters</source>
        <translation>%1: necesita un identificador de 1 a 32 caracteres</translation>
    </message>
    <message>
        <source>%1: the criterion id &apos;%2&apos; is used twice</source>
        <translation>%1: el identificador de criterio «%2» se usa dos veces</translation>
    </message>
    <message>
        <source>%1: needs a name</source>
        <translation>%1: necesita un nombre</translation>
    </message>
    <message>
        <source>%1: weight must be a number of 0 or more</source>
        <translation>%1: weight debe ser un número mayor o igual que 0</translation>
    </message>
    <message>
        <source>%1: levels must be a list of texts</source>
        <translation>%1: levels debe ser una lista de textos</translation>
    </message>
    <message>
        <source>%1: has %2 level descriptors; the scale %3 to %4 needs %5</source>
        <translation>%1: tiene %2 descriptores de nivel; la escala de %3 a %4 necesita %5</translation>
    </message>
    <message>
        <source>%1: sources must be a list of texts</source>
        <translation>%1: sources debe ser una lista de textos</translation>
    </message>
    <message>
        <source>weights: at least one criterion needs a weight above 0</source>
        <translation>weights: al menos un criterio necesita un peso mayor que 0</translation>
    </message>
    <message>
        <source>knockouts: the criterion &apos;%1&apos; is not in the rubric</source>
        <translation>knockouts: el criterio «%1» no está en la rúbrica</translation>
    </message>
    <message>
        <source>min_coverage: must be a number from 0 to 1</source>
        <translation>min_coverage: debe ser un número de 0 a 1</translation>
    </message>
</context>
<context>
    <name>RubricRepository</name>
    <message>
        <source>A different rubric with the UUID %1 is already stored; a changed rubric needs a new version.</source>
        <translation>Ya hay guardada otra rúbrica con el UUID %1; una rúbrica modificada necesita una versión nueva.</translation>
    </message>
    <message>
        <source>Version %1 of the rubric &quot;%2&quot; is already stored.</source>
        <translation>La versión %1 de la rúbrica «%2» ya está guardada.</translation>
    </message>
    <message>
        <source>Saving the rubric</source>
        <translation>Guardando la rúbrica</translation>
    </message>
    <message>
        <source>Reading a rubric</source>
        <translation>Leyendo una rúbrica</translation>
    </message>
    <message>
        <source>There is no rubric %1.</source>
        <translation>No existe la rúbrica %1.</translation>
    </message>
    <message>
        <source>Listing rubrics</source>
        <translation>Listando las rúbricas</translation>
    </message>
</context>
<context>
    <name>SafeXmlReader</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most an XML file may have; it was not read.</source>
        <translation>%1 supera los %2 MB, el máximo para un archivo XML; no se leyó.</translation>
    </message>
    <message>
        <source>%1, line %2: %3; nothing was imported.</source>
        <translation>%1, línea %2: %3; no se importó nada.</translation>
    </message>
    <message>
        <source>the file has a document type declaration (DOCTYPE), which exchange files never need and which can define entities; it is refused</source>
        <translation>el archivo tiene una declaración de tipo de documento (DOCTYPE), que los archivos de intercambio nunca necesitan y que puede definir entidades; se rechaza</translation>
    </message>
    <message>
        <source>the entity reference &amp;%1; is refused (only &amp;amp;, &amp;lt;, &amp;gt;, &amp;quot;, &amp;apos; and character references are read)</source>
        <translation>se rechaza la referencia de entidad &amp;%1; (solo se leen &amp;amp;, &amp;lt;, &amp;gt;, &amp;quot;, &amp;apos; y las referencias de caracteres)</translation>
    </message>
    <message>
        <source>the processing instruction &lt;?%1?&gt; is refused</source>
        <translation>se rechaza la instrucción de procesamiento &lt;?%1?&gt;</translation>
    </message>
    <message>
        <source>the file has more than %1 elements</source>
        <translation>el archivo tiene más de %1 elementos</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>los elementos están anidados en más de %1 niveles</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>un segundo elemento raíz</translation>
    </message>
    <message>
        <source>the attributes of &lt;%1&gt; are longer than %2 characters</source>
        <translation>los atributos de &lt;%1&gt; superan los %2 caracteres</translation>
    </message>
    <message>
        <source>the text of &lt;%1&gt; is longer than %2 characters</source>
        <translation>el texto de &lt;%1&gt; supera los %2 caracteres</translation>
    </message>
    <message>
        <source>%1, line %2: this is not well-formed XML (%3); nothing was imported.</source>
        <translation>%1, línea %2: no es XML bien formado (%3); no se importó nada.</translation>
    </message>
    <message>
        <source>%1 holds no XML element.</source>
        <translation>%1 no contiene ningún elemento XML.</translation>
    </message>
</context>
<context>
    <name>SafeZipReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>No se puede abrir el archivo %1.</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes), so it is not an archive.</source>
        <translation>Este archivo está vacío (0 bytes), así que no es un archivo comprimido.</translation>
    </message>
    <message>
        <source>This file is not a ZIP archive.</source>
        <translation>Este archivo no es un archivo ZIP.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>The archive is malformed and cannot be read safely.</source>
        <translation>El archivo comprimido está mal formado y no se puede leer de forma segura.</translation>
    </message>
    <message>
        <source>The archive is cut short (truncated).</source>
        <translation>El archivo comprimido está truncado.</translation>
    </message>
    <message>
        <source>The archive is empty.</source>
        <translation>El archivo comprimido está vacío.</translation>
    </message>
    <message>
        <source>The archive uses a ZIP extension that is not supported (Zip64).</source>
        <translation>El archivo comprimido usa una extensión de ZIP no admitida (Zip64).</translation>
    </message>
    <message>
        <source>The archive is split over several files, which is not supported.</source>
        <translation>El archivo comprimido está dividido en varios archivos, lo que no se admite.</translation>
    </message>
    <message>
        <source>The archive has too many entries (%1; the limit is %2).</source>
        <translation>El archivo comprimido tiene demasiadas entradas (%1; el límite es %2).</translation>
    </message>
    <message>
        <source>The archive contains a symbolic link, which is not allowed: %1.</source>
        <translation>El archivo comprimido contiene un enlace simbólico, lo que no está permitido: %1.</translation>
    </message>
    <message>
        <source>The archive contains a special file, which is not allowed: %1.</source>
        <translation>El archivo comprimido contiene un archivo especial, lo que no está permitido: %1.</translation>
    </message>
    <message>
        <source>The archive contains a folder entry, which is not allowed: %1.</source>
        <translation>El archivo comprimido contiene una entrada de carpeta, lo que no está permitido: %1.</translation>
    </message>
    <message>
        <source>The archive contains an entry without a name.</source>
        <translation>El archivo comprimido contiene una entrada sin nombre.</translation>
    </message>
    <message>
        <source>The archive contains a file name that is too long (%1 characters; the limit is %2): %3.</source>
        <translation>El archivo comprimido contiene un nombre de archivo demasiado largo (%1 caracteres; el límite es %2): %3.</translation>
    </message>
    <message>
        <source>The archive contains a file name with a backslash: %1.</source>
        <translation>El archivo comprimido contiene un nombre de archivo con una barra invertida: %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with a drive letter: %1.</source>
        <translation>El archivo comprimido contiene un nombre de archivo con una letra de unidad: %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with an absolute path: %1.</source>
        <translation>El archivo comprimido contiene un nombre de archivo con una ruta absoluta: %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name that points outside the archive: %1.</source>
        <translation>El archivo comprimido contiene un nombre de archivo que apunta fuera de él: %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with an empty or &quot;.&quot; folder name: %1.</source>
        <translation>El archivo comprimido contiene un nombre de archivo con un nombre de carpeta vacío o «.»: %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with characters that are not allowed: %1.</source>
        <translation>El archivo comprimido contiene un nombre de archivo con caracteres no permitidos: %1.</translation>
    </message>
    <message>
        <source>The archive contains an encrypted entry: %1.</source>
        <translation>El archivo comprimido contiene una entrada cifrada: %1.</translation>
    </message>
    <message>
        <source>The archive entry %1 uses a compression method that is not supported.</source>
        <translation>La entrada %1 del archivo comprimido usa un método de compresión no admitido.</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its size does not match the size it declares).</source>
        <translation>El archivo comprimido está dañado en la entrada %1 (su tamaño no coincide con el declarado).</translation>
    </message>
    <message>
        <source>The archive entry %1 is too large when unpacked (%2 MB; the limit is %3 MB).</source>
        <translation>La entrada %1 del archivo comprimido es demasiado grande al descomprimirla (%2 MB; el límite es %3 MB).</translation>
    </message>
    <message>
        <source>The archive entry %1 expands far too much when unpacked (%2 to 1; the limit is %3 to 1).</source>
        <translation>La entrada %1 del archivo comprimido se expande demasiado al descomprimirla (%2 a 1; el límite es %3 a 1).</translation>
    </message>
    <message>
        <source>The archive contains a file outside the allowed layout: %1.</source>
        <translation>El archivo comprimido contiene un archivo fuera de la estructura permitida: %1.</translation>
    </message>
    <message>
        <source>The archive contains the same file twice: %1.</source>
        <translation>El archivo comprimido contiene dos veces el mismo archivo: %1.</translation>
    </message>
    <message>
        <source>The archive contains two files whose names differ only in upper and lower case: %1 and %2.</source>
        <translation>El archivo comprimido contiene dos archivos cuyos nombres solo difieren en mayúsculas y minúsculas: %1 y %2.</translation>
    </message>
    <message>
        <source>The archive is too large when unpacked (%1 MB; the limit is %2 MB).</source>
        <translation>El archivo comprimido es demasiado grande al descomprimirlo (%1 MB; el límite es %2 MB).</translation>
    </message>
    <message>
        <source>The archive is malformed: its entries claim more data than the file holds.</source>
        <translation>El archivo comprimido está mal formado: sus entradas declaran más datos de los que contiene el archivo.</translation>
    </message>
    <message>
        <source>The archive is malformed: its entries %1 and %2 overlap.</source>
        <translation>El archivo comprimido está mal formado: sus entradas %1 y %2 se solapan.</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its headers do not agree).</source>
        <translation>El archivo comprimido está dañado en la entrada %1 (sus encabezados no coinciden).</translation>
    </message>
    <message>
        <source>The archive is missing the file %1.</source>
        <translation>Falta el archivo %1 en el archivo comprimido.</translation>
    </message>
    <message>
        <source>The archive entry %1 does not have the expected size.</source>
        <translation>La entrada %1 del archivo comprimido no tiene el tamaño esperado.</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (it cannot be unpacked).</source>
        <translation>El archivo comprimido está dañado en la entrada %1 (no se puede descomprimir).</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its checksum does not match).</source>
        <translation>El archivo comprimido está dañado en la entrada %1 (su suma de comprobación no coincide).</translation>
    </message>
    <message>
        <source>The archive entry %1 has been altered (its SHA-256 fingerprint does not match).</source>
        <translation>La entrada %1 del archivo comprimido se ha alterado (su huella SHA-256 no coincide).</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its data descriptor does not agree with the central directory).</source>
        <translation>El archivo comprimido está dañado en la entrada %1 (su descriptor de datos no coincide con el directorio central).</translation>
    </message>
    <message>
        <source>The archive is malformed: %1 bytes after the entry %2 belong to no entry.</source>
        <translation>El archivo comprimido está mal formado: %1 bytes después de la entrada %2 no pertenecen a ninguna entrada.</translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>Listing saved views</source>
        <translation>Listando las vistas guardadas</translation>
    </message>
    <message>
        <source>A saved view needs a name of 1 to 200 characters.</source>
        <translation>Una vista guardada necesita un nombre de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>Saving the view</source>
        <translation>Guardando la vista</translation>
    </message>
    <message>
        <source>Deleting the view</source>
        <translation>Eliminando la vista</translation>
    </message>
    <message>
        <source>There is no saved view %1.</source>
        <translation>No existe la vista guardada %1.</translation>
    </message>
</context>
<context>
    <name>ScoreEntry</name>
    <message>
        <source>The rubric &quot;%1&quot; (version %2) has no criterion %3.</source>
        <translation>La rúbrica «%1» (versión %2) no tiene el criterio %3.</translation>
    </message>
    <message>
        <source>%1: level %2 is outside the scale %3 to %4.</source>
        <translation>%1: el nivel %2 está fuera de la escala de %3 a %4.</translation>
    </message>
    <message>
        <source>%1 has no score; give it a score first.</source>
        <translation>%1 no tiene puntuación; puntúelo primero.</translation>
    </message>
    <message>
        <source>%1: the confidence &apos;%2&apos; is not low, medium or high.</source>
        <translation>%1: la confianza «%2» no es low, medium ni high.</translation>
    </message>
</context>
<context>
    <name>ScoreIndex</name>
    <message>
        <source>Updating the score index</source>
        <translation>Actualizando el índice de puntuaciones</translation>
    </message>
    <message>
        <source>Reading the score index</source>
        <translation>Leyendo el índice de puntuaciones</translation>
    </message>
</context>
<context>
    <name>ScoreReportLoader</name>
    <message>
        <source>Reading rubrics</source>
        <translation>Leyendo las rúbricas</translation>
    </message>
    <message>
        <source>There is no rubric yet; import one or run &apos;init&apos;.</source>
        <translation>Todavía no hay ninguna rúbrica; importe una o ejecute «init».</translation>
    </message>
    <message>
        <source>Reading use cases</source>
        <translation>Leyendo los casos de uso</translation>
    </message>
</context>
<context>
    <name>SearchCompletion</name>
    <message>
        <source>a tag</source>
        <translation>una etiqueta</translation>
    </message>
    <message>
        <source>a vertical</source>
        <translation>un sector vertical</translation>
    </message>
    <message>
        <source>a Sustainable Development Goal, 1 to 17</source>
        <translation>un Objetivo de Desarrollo Sostenible, del 1 al 17</translation>
    </message>
    <message>
        <source>an ITU region</source>
        <translation>una región de la UIT</translation>
    </message>
    <message>
        <source>a country (ISO 3166 code)</source>
        <translation>un país (código ISO 3166)</translation>
    </message>
    <message>
        <source>a deployment stage</source>
        <translation>una fase de despliegue</translation>
    </message>
    <message>
        <source>a development context</source>
        <translation>un contexto de desarrollo</translation>
    </message>
    <message>
        <source>an approval status</source>
        <translation>un estado de aprobación</translation>
    </message>
    <message>
        <source>the interoperability facet of a gap</source>
        <translation>la faceta de interoperabilidad de una brecha</translation>
    </message>
    <message>
        <source>a gap&apos;s candidate SDO or a standard&apos;s body</source>
        <translation>el organismo de normalización candidato de una brecha o el organismo de una norma</translation>
    </message>
    <message>
        <source>an ITU-T Question, e.g. Q2/20</source>
        <translation>una Cuestión del UIT-T, por ejemplo, Q2/20</translation>
    </message>
</context>
<context>
    <name>SearchProblem</name>
    <message>
        <source>“%1:” is not a filter, so “%2” was left out.</source>
        <translation>«%1:» no es un filtro, así que se omitió «%2».</translation>
    </message>
    <message>
        <source>“%1” was left out: SDGs are numbered 1 to 17.</source>
        <translation>Se omitió «%1»: los ODS están numerados del 1 al 17.</translation>
    </message>
    <message>
        <source>“%1” was left out: “%2” is not a value of the %3 filter.</source>
        <translation>Se omitió «%1»: «%2» no es un valor del filtro %3.</translation>
    </message>
    <message>
        <source>“%1:” is not a filter, so “%2” was searched as words.</source>
        <translation>«%1:» no es un filtro, así que «%2» se buscó como palabras.</translation>
    </message>
    <message>
        <source>“%1” was left out: it has no letters or digits to search for.</source>
        <translation>Se omitió «%1»: no tiene letras ni dígitos que buscar.</translation>
    </message>
    <message>
        <source>“%1” was left out: a search holds at most %2 words and %3 filter values.</source>
        <translation>Se omitió «%1»: una búsqueda admite como máximo %2 palabras y %3 valores de filtro.</translation>
    </message>
</context>
<context>
    <name>SearchTextDeferral</name>
    <message>
        <source>Updating the search index</source>
        <translation>Actualizando el índice de búsqueda</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The example use cases are missing from this build.</source>
        <translation>Faltan los casos de uso de ejemplo en esta compilación.</translation>
    </message>
    <message>
        <source>An example use case is invalid.</source>
        <translation>Un caso de uso de ejemplo no es válido.</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>No password was given.</source>
        <translation>No se introdujo ninguna contraseña.</translation>
    </message>
    <message>
        <source>System Keychain</source>
        <translation>Llavero del sistema</translation>
    </message>
</context>
<context>
    <name>ServerPasswords</name>
    <message>
        <source>The system keychain is not available, so the password cannot be remembered or read there.</source>
        <translation>El llavero del sistema no está disponible, así que la contraseña no se puede recordar ni leer en él.</translation>
    </message>
</context>
<context>
    <name>ServerRecordCodec</name>
    <message>
        <source>The team repository sent an invalid use case (%1): %2</source>
        <translation>El repositorio del equipo envió un caso de uso no válido (%1): %2</translation>
    </message>
    <message>
        <source>The team repository sent a use case under the wrong identity: %1.</source>
        <translation>El repositorio del equipo envió un caso de uso con una identidad incorrecta: %1.</translation>
    </message>
    <message>
        <source>The team repository sent an invalid ancestry for %1.</source>
        <translation>El repositorio del equipo envió un linaje no válido para %1.</translation>
    </message>
    <message>
        <source>The team repository sent an invalid rubric (%1): %2</source>
        <translation>El repositorio del equipo envió una rúbrica no válida (%1): %2</translation>
    </message>
    <message>
        <source>The team repository sent an invalid assessment (%1): %2</source>
        <translation>El repositorio del equipo envió una evaluación no válida (%1): %2</translation>
    </message>
    <message>
        <source>The team repository sent an attachment whose content does not match its hash.</source>
        <translation>El repositorio del equipo envió un adjunto cuyo contenido no coincide con su huella.</translation>
    </message>
</context>
<context>
    <name>ServerRepository</name>
    <message>
        <source>The team repository has no identity; run server init again.</source>
        <translation>El repositorio del equipo no tiene identidad; vuelva a ejecutar server init.</translation>
    </message>
    <message>
        <source>%1 is not a member of this team repository; the secretariat adds members with casebook-cli server add-member.</source>
        <translation>%1 no es miembro de este repositorio del equipo; la secretaría añade miembros con casebook-cli server add-member.</translation>
    </message>
    <message>
        <source>The team repository has no use case %1 that you may see.</source>
        <translation>El repositorio del equipo no tiene ningún caso de uso %1 que usted pueda ver.</translation>
    </message>
    <message>
        <source>The team repository has %1 use cases with the code %2; share them with psql by their UUID.</source>
        <translation>El repositorio del equipo tiene %1 casos de uso con el código %2; compártalos con psql indicando su UUID.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role name.</source>
        <translation>«%1» no es un nombre de rol.</translation>
    </message>
    <message>
        <source>The server has no role %1; nothing was shared.</source>
        <translation>El servidor no tiene el rol %1; no se compartió nada.</translation>
    </message>
    <message>
        <source>The use case %1 changed on the server meanwhile; nothing was shared. Try again.</source>
        <translation>El caso de uso %1 cambió mientras tanto en el servidor; no se compartió nada. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>Could not set up the team repository (step %1, %2): %3</source>
        <translation>No se pudo configurar el repositorio del equipo (paso %1, %2): %3</translation>
    </message>
    <message>
        <source>The server is not a Casebook team repository yet; its administrator runs casebook-cli server init first.</source>
        <translation>El servidor aún no es un repositorio de equipo de Casebook; su administrador debe ejecutar primero casebook-cli server init.</translation>
    </message>
    <message>
        <source>The team repository was set up by a newer version of Casebook (server schema %1; this version knows %2). Update Casebook.</source>
        <translation>El repositorio del equipo lo configuró una versión más reciente de Casebook (esquema de servidor %1; esta versión conoce el %2). Actualice Casebook.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a member name: use letters, digits, _ . @ - (at most 63), not starting with casebook_ or pg_.</source>
        <translation>«%1» no puede ser un nombre de miembro: use letras, dígitos, _ . @ - (63 como máximo), sin empezar por casebook_ ni pg_.</translation>
    </message>
</context>
<context>
    <name>SheetImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>registro %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s).</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a field of its own column, not an extra field</source>
        <translation>«%1» es un campo con columna propia, no un campo adicional</translation>
    </message>
    <message>
        <source>record %1: must be a use-case object.</source>
        <translation>registro %1: debe ser un objeto de caso de uso.</translation>
    </message>
    <message>
        <source>uuid: &apos;%1&apos; is not a UUID</source>
        <translation>uuid: «%1» no es un UUID</translation>
    </message>
    <message>
        <source>uuid: %1 is already used by %2</source>
        <translation>uuid: %1 ya lo usa %2</translation>
    </message>
    <message>
        <source>code: %1 is already used by %2</source>
        <translation>code: %1 ya lo usa %2</translation>
    </message>
    <message>
        <source>code: %1 belongs to another use case here (&quot;%2&quot;)</source>
        <translation>code: %1 pertenece aquí a otro caso de uso («%2»)</translation>
    </message>
    <message numerus="yes">
        <source>The import has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>La importación tiene %n problema; no se importó nada.</numerusform>
            <numerusform>La importación tiene %n problemas; no se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds %1 records; Casebook imports at most %2 at once.</source>
        <translation>El archivo contiene %1 registros; Casebook importa como máximo %2 a la vez.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 supera los %2 MB.</translation>
    </message>
    <message>
        <source>%1: not a SHA-256 (64 hexadecimal digits)</source>
        <translation>%1: no es un SHA-256 (64 dígitos hexadecimales)</translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message>
        <source>The mapping must be a JSON object.</source>
        <translation>La correspondencia debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>format: the mapping must say &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>format: la correspondencia debe indicar &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>version: this Casebook reads mapping version 1.</source>
        <translation>version: este Casebook lee la versión 1 de la correspondencia.</translation>
    </message>
    <message>
        <source>%1: is not a key of a mapping.</source>
        <translation>%1: no es una clave de una correspondencia.</translation>
    </message>
    <message>
        <source>separator: must be &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; or &quot;auto&quot;, not &quot;%1&quot;.</source>
        <translation>separator: debe ser &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; o &quot;auto&quot;, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>columns: must be an object of header name to field.</source>
        <translation>columns: debe ser un objeto de nombre de encabezado a campo.</translation>
    </message>
    <message>
        <source>columns.%1: must be a field name, &quot;&quot; or null.</source>
        <translation>columns.%1: debe ser un nombre de campo, &quot;&quot; o null.</translation>
    </message>
    <message>
        <source>columns.%1: &apos;%2&apos; is not a field of a use case.</source>
        <translation>columns.%1: «%2» no es un campo de un caso de uso.</translation>
    </message>
    <message>
        <source>values: must be an object of field to replacements.</source>
        <translation>values: debe ser un objeto de campo a sustituciones.</translation>
    </message>
    <message>
        <source>values.%1: is not a field of a use case.</source>
        <translation>values.%1: no es un campo de un caso de uso.</translation>
    </message>
    <message>
        <source>values.%1: must be an object of value as typed to value to store.</source>
        <translation>values.%1: debe ser un objeto de valor tal como se escribió a valor que se guardará.</translation>
    </message>
    <message>
        <source>values.%1.%2: must be a text value.</source>
        <translation>values.%1.%2: debe ser un texto.</translation>
    </message>
    <message>
        <source>accept_suggestions: must be true or false.</source>
        <translation>accept_suggestions: debe ser true o false.</translation>
    </message>
    <message>
        <source>The mapping: %1</source>
        <translation>La correspondencia: %1</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <source>differs from line %1, where this use case is given first; leave it empty on the rows of its further steps or repeat the same value</source>
        <translation>difiere de la línea %1, donde aparece primero este caso de uso; déjelo vacío en las filas de sus pasos siguientes o repita el mismo valor</translation>
    </message>
</context>
<context>
    <name>StoredDocumentCheck</name>
    <message>
        <source>the stored JSON is damaged (%1)</source>
        <translation>el JSON guardado está dañado (%1)</translation>
    </message>
    <message>
        <source>the stored JSON is not an object</source>
        <translation>el JSON guardado no es un objeto</translation>
    </message>
    <message>
        <source>Checking the stored use cases</source>
        <translation>Comprobando los casos de uso guardados</translation>
    </message>
    <message>
        <source>use case %1 (%2)</source>
        <translation>caso de uso %1 (%2)</translation>
    </message>
    <message>
        <source>revision %1 is outside 1 to %2</source>
        <translation>la revisión %1 está fuera del intervalo de 1 a %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking the stored rubrics</source>
        <translation>Comprobando las rúbricas guardadas</translation>
    </message>
    <message>
        <source>rubric %1 version %2 (%3)</source>
        <translation>rúbrica %1 versión %2 (%3)</translation>
    </message>
    <message>
        <source>assessment %1 by %2: %3</source>
        <translation>evaluación %1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n record(s) that cannot be read: %2</source>
        <translation>
            <numerusform>%1 contiene %n registro que no se puede leer: %2</numerusform>
            <numerusform>%1 contiene %n registros que no se pueden leer: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>the text is not valid JSON (%1 at byte %2).</source>
        <translation>el texto no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>the JSON nests deeper than %1 levels at %2.</source>
        <translation>el JSON está anidado en más de %1 niveles en %2.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object; each key may be given once.</source>
        <translation>la clave %1 aparece dos veces en un objeto; cada clave solo puede darse una vez.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n record(s) stay here: the team repository holds them restricted to other members.</source>
        <translation>
            <numerusform>%n registro se queda aquí: el repositorio del equipo lo reserva a otros miembros.</numerusform>
            <numerusform>%n registros se quedan aquí: el repositorio del equipo los reserva a otros miembros.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team repository kept changing the same records during the sync; nothing of the last push was written. Sync again.</source>
        <translation>El repositorio del equipo no dejó de cambiar los mismos registros durante la sincronización; no se escribió nada del último envío. Vuelva a sincronizar.</translation>
    </message>
</context>
<context>
    <name>SyncPull</name>
    <message>
        <source>The sync was interrupted after reading the server.</source>
        <translation>La sincronización se interrumpió después de leer el servidor.</translation>
    </message>
    <message>
        <source>team repository %1</source>
        <translation>repositorio del equipo %1</translation>
    </message>
    <message>
        <source>The sync was interrupted while writing locally.</source>
        <translation>La sincronización se interrumpió mientras se escribía localmente.</translation>
    </message>
    <message>
        <source>The sync was interrupted after writing locally.</source>
        <translation>La sincronización se interrumpió después de escribir localmente.</translation>
    </message>
</context>
<context>
    <name>SyncPush</name>
    <message numerus="yes">
        <source>%n local change(s) stay here: a reader of the team repository sends no changes.</source>
        <translation>
            <numerusform>%n cambio local se queda aquí: un lector del repositorio del equipo no envía cambios.</numerusform>
            <numerusform>%n cambios locales se quedan aquí: un lector del repositorio del equipo no envía cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) changed here stay here: only editors send use cases.</source>
        <translation>
            <numerusform>%n caso de uso cambiado aquí se queda aquí: solo los editores envían casos de uso.</numerusform>
            <numerusform>%n casos de uso cambiados aquí se quedan aquí: solo los editores envían casos de uso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) by other assessors stay here: each assessor sends their own.</source>
        <translation>
            <numerusform>%n evaluación de otros evaluadores se queda aquí: cada evaluador envía las suyas.</numerusform>
            <numerusform>%n evaluaciones de otros evaluadores se quedan aquí: cada evaluador envía las suyas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) of use cases the team repository does not have stay here.</source>
        <translation>
            <numerusform>%n evaluación de casos de uso que el repositorio del equipo no tiene se queda aquí.</numerusform>
            <numerusform>%n evaluaciones de casos de uso que el repositorio del equipo no tiene se quedan aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync was interrupted after writing on the server.</source>
        <translation>La sincronización se interrumpió después de escribir en el servidor.</translation>
    </message>
    <message>
        <source>The sync was interrupted while writing on the server.</source>
        <translation>La sincronización se interrumpió mientras se escribía en el servidor.</translation>
    </message>
</context>
<context>
    <name>SyncStateRepository</name>
    <message>
        <source>Reading the sync position</source>
        <translation>Leyendo la posición de sincronización</translation>
    </message>
    <message>
        <source>Saving the sync position</source>
        <translation>Guardando la posición de sincronización</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>Leyendo el estado de sincronización</translation>
    </message>
    <message>
        <source>Saving the sync state</source>
        <translation>Guardando el estado de sincronización</translation>
    </message>
    <message>
        <source>Reading the use cases</source>
        <translation>Leyendo los casos de uso</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>Listing tags</source>
        <translation>Listando las etiquetas</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>No existe la etiqueta %1.</translation>
    </message>
    <message>
        <source>The tag %1 already exists; merge the tags instead of renaming.</source>
        <translation>La etiqueta %1 ya existe; combine las etiquetas en lugar de cambiar el nombre.</translation>
    </message>
    <message>
        <source>Renaming the tag</source>
        <translation>Cambiando el nombre de la etiqueta</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge into %1.</source>
        <translation>Elija al menos otra etiqueta para combinarla en %1.</translation>
    </message>
    <message>
        <source>%1 is not a colour like #1f77b4.</source>
        <translation>%1 no es un color como #1f77b4.</translation>
    </message>
    <message>
        <source>Setting the tag colour</source>
        <translation>Estableciendo el color de la etiqueta</translation>
    </message>
    <message>
        <source>Tidying tags</source>
        <translation>Ordenando las etiquetas</translation>
    </message>
</context>
<context>
    <name>UseCaseJson</name>
    <message>
        <source>must be a goal number from 1 to 17</source>
        <translation>debe ser un número de objetivo del 1 al 17</translation>
    </message>
    <message>
        <source>must be a size in bytes</source>
        <translation>debe ser un tamaño en bytes</translation>
    </message>
    <message>
        <source>%1: is not a field of a use case</source>
        <translation>%1: no es un campo de un caso de uso</translation>
    </message>
    <message>
        <source>uuid: is required</source>
        <translation>uuid: es obligatorio</translation>
    </message>
    <message>
        <source>code: is required</source>
        <translation>code: es obligatorio</translation>
    </message>
    <message>
        <source>created_at and modified_at: are required</source>
        <translation>created_at y modified_at: son obligatorios</translation>
    </message>
    <message>
        <source>a tag must not be empty</source>
        <translation>una etiqueta no debe estar vacía</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; is longer than %2 characters</source>
        <translation>la etiqueta «%1» supera los %2 caracteres</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; contains control characters</source>
        <translation>la etiqueta «%1» contiene caracteres de control</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; has an empty level between &apos;/&apos; separators</source>
        <translation>la etiqueta «%1» tiene un nivel vacío entre separadores «/»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation>debe ser true, false o null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>«%1» no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: this field, unknown to this version, nests deeper than %2 levels</source>
        <translation>%1: este campo, desconocido para esta versión, está anidado en más de %2 niveles</translation>
    </message>
    <message>
        <source>%1: the fields unknown to this version take more than %2 KB in this record; the record is refused rather than cut</source>
        <translation>%1: los campos desconocidos para esta versión ocupan más de %2 KB en este registro; el registro se rechaza en lugar de recortarse</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>debe ser un número entero de 0 a %1</translation>
    </message>
</context>
<context>
    <name>UseCaseRepository</name>
    <message>
        <source>Reading use case codes</source>
        <translation>Leyendo los códigos de los casos de uso</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Comprobando el código</translation>
    </message>
    <message>
        <source>The code %1 is already used by &quot;%2&quot;.</source>
        <translation>El código %1 ya lo usa «%2».</translation>
    </message>
    <message>
        <source>A use case needs a title.</source>
        <translation>Un caso de uso necesita un título.</translation>
    </message>
    <message>
        <source>The UUID of the use case is not valid.</source>
        <translation>El UUID del caso de uso no es válido.</translation>
    </message>
    <message>
        <source>A use case with the UUID %1 already exists (&quot;%2&quot;).</source>
        <translation>Ya existe un caso de uso con el UUID %1 («%2»).</translation>
    </message>
    <message>
        <source>The use case lists an attachment whose file is not stored.</source>
        <translation>El caso de uso incluye un adjunto cuyo archivo no está guardado.</translation>
    </message>
    <message>
        <source>Saving the use case</source>
        <translation>Guardando el caso de uso</translation>
    </message>
    <message>
        <source>Saving tags</source>
        <translation>Guardando las etiquetas</translation>
    </message>
    <message>
        <source>Reading a use case</source>
        <translation>Leyendo un caso de uso</translation>
    </message>
    <message>
        <source>There is no use case %1.</source>
        <translation>No existe el caso de uso %1.</translation>
    </message>
    <message>
        <source>The stored use case %1 cannot be read.</source>
        <translation>No se puede leer el caso de uso guardado %1.</translation>
    </message>
    <message>
        <source>No use case was named.</source>
        <translation>No se indicó ningún caso de uso.</translation>
    </message>
    <message>
        <source>Deleting the use case</source>
        <translation>Eliminando el caso de uso</translation>
    </message>
    <message>
        <source>%1 does not have the tag(s) %2.</source>
        <translation>%1 no tiene la(s) etiqueta(s) %2.</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <source>Counting use cases</source>
        <translation>Contando los casos de uso</translation>
    </message>
    <message>
        <source>Listing use cases</source>
        <translation>Listando los casos de uso</translation>
    </message>
    <message>
        <source>The search is too complex to run; use fewer words and filters.</source>
        <translation>La búsqueda es demasiado compleja para ejecutarla; use menos palabras y filtros.</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Actualizando el índice de búsqueda</translation>
    </message>
    <message>
        <source>Reading sharing levels</source>
        <translation>Leyendo los niveles de uso compartido</translation>
    </message>
</context>
<context>
    <name>UseCaseSheet</name>
    <message>
        <source>&quot;%1&quot; is not a known value for %2; did you mean &quot;%3&quot;?</source>
        <translation>«%1» no es un valor conocido para %2; ¿quiso decir «%3»?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2.</source>
        <translation>«%1» no es un valor conocido para %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value; did you mean &quot;%2&quot; (%3)?</source>
        <translation>«%1» no es un valor conocido; ¿quiso decir «%2» (%3)?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value</source>
        <translation>«%1» no es un valor conocido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Estado de aprobación</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>Organización de origen</translation>
    </message>
    <message>
        <source>Submitters</source>
        <translation>Remitentes</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Documentos de origen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation>Nivel de uso compartido</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Sectores verticales</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>ITU regions</source>
        <translation>Regiones de la UIT</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Fase de despliegue</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Related use cases</source>
        <translation>Casos de uso relacionados</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>Información intercambiada</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Conectividad</translation>
    </message>
    <message>
        <source>Identifier schemes</source>
        <translation>Esquemas de identificadores</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Incorporación de dispositivos</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Security baselines</source>
        <translation>Referencias de seguridad</translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation>Gobernanza de datos</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Replicable components</source>
        <translation>Componentes replicables</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Brechas de normalización</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Fields from a newer Casebook</source>
        <translation>Campos de una versión más reciente de Casebook</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <source>must be a JSON list of objects</source>
        <translation>debe ser una lista JSON de objetos</translation>
    </message>
    <message>
        <source>must be a JSON list of objects, as exported by Casebook</source>
        <translation>debe ser una lista JSON de objetos, como la que exporta Casebook</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value: %2</source>
        <translation>«%1» no es un valor válido: %2</translation>
    </message>
    <message>
        <source>U4SSC KPI codes</source>
        <translation>Códigos de KPI de U4SSC</translation>
    </message>
    <message>
        <source>Development context per country</source>
        <translation>Contexto de desarrollo por país</translation>
    </message>
    <message>
        <source>Development context (one for all countries)</source>
        <translation>Contexto de desarrollo (uno para todos los países)</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>Cuestiones del UIT-T</translation>
    </message>
    <message>
        <source>Related Recommendations</source>
        <translation>Recomendaciones relacionadas</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Problem and why current standards fall short</source>
        <translation>Problema y por qué las normas actuales no bastan</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation>Normas utilizadas</translation>
    </message>
    <message>
        <source>Version exported (content hash)</source>
        <translation>Versión exportada (huella del contenido)</translation>
    </message>
    <message>
        <source>Scenario name (one row per step)</source>
        <translation>Nombre del escenario (una fila por paso)</translation>
    </message>
    <message>
        <source>Scenario description</source>
        <translation>Descripción del escenario</translation>
    </message>
    <message>
        <source>Scenario primary actor</source>
        <translation>Actor principal del escenario</translation>
    </message>
    <message>
        <source>Scenario triggering event</source>
        <translation>Evento desencadenante del escenario</translation>
    </message>
    <message>
        <source>Scenario pre-conditions</source>
        <translation>Precondiciones del escenario</translation>
    </message>
    <message>
        <source>Scenario post-conditions</source>
        <translation>Poscondiciones del escenario</translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>Número del paso</translation>
    </message>
    <message>
        <source>Step event</source>
        <translation>Evento del paso</translation>
    </message>
    <message>
        <source>Step process or activity</source>
        <translation>Proceso o actividad del paso</translation>
    </message>
    <message>
        <source>Step description</source>
        <translation>Descripción del paso</translation>
    </message>
    <message>
        <source>Step service</source>
        <translation>Servicio del paso</translation>
    </message>
    <message>
        <source>Step information producer</source>
        <translation>Productor de información del paso</translation>
    </message>
    <message>
        <source>Step information receiver</source>
        <translation>Receptor de información del paso</translation>
    </message>
    <message>
        <source>Step information exchanged (ids)</source>
        <translation>Información intercambiada en el paso (identificadores)</translation>
    </message>
    <message>
        <source>Step requirements (ids)</source>
        <translation>Requisitos del paso (identificadores)</translation>
    </message>
</context>
<context>
    <name>UseCaseText</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>%1, modified %2%3</source>
        <translation>%1, modificado el %2%3</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>Organización de origen</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Sectores verticales</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>Contexto de desarrollo</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Fase de despliegue</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Conectividad</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Normas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation>Gobernanza de datos</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Brechas de normalización</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; requirements %2</source>
        <translation>%1; requisitos %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (as written)</source>
        <translation>«%1» (tal como se escribió)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>information %1</source>
        <translation>información %1</translation>
    </message>
    <message>
        <source>requirements %1</source>
        <translation>requisitos %1</translation>
    </message>
    <message>
        <source>Primary actor</source>
        <translation>Actor principal</translation>
    </message>
    <message>
        <source>Triggering event</source>
        <translation>Evento desencadenante</translation>
    </message>
    <message>
        <source>Pre-conditions</source>
        <translation>Precondiciones</translation>
    </message>
    <message>
        <source>Post-conditions</source>
        <translation>Poscondiciones</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>referencia %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>meta %1</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>medido %1</translation>
    </message>
    <message>
        <source>over time %1</source>
        <translation>a lo largo del tiempo %1</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>Regiones del UIT-D</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>Cuestiones del UIT-T</translation>
    </message>
    <message>
        <source>Related Recommendations</source>
        <translation>Recomendaciones relacionadas</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>Información intercambiada</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
</context>
<context>
    <name>UseCaseValidator</name>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation>tiene %1 elementos; el límite es %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>«%1» aparece dos veces</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice</source>
        <translation>el identificador «%1» se usa dos veces</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the use case&apos;s actors</source>
        <translation>«%1» no es uno de los actores del caso de uso</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the id of any information exchanged of the use case</source>
        <translation>«%1» no es el identificador de ninguna información intercambiada del caso de uso</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the id of a requirement of the use case</source>
        <translation>«%1» no es el identificador de ningún requisito del caso de uso</translation>
    </message>
    <message>
        <source>ISO 3166 country code</source>
        <translation>código de país ISO 3166</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>development context</source>
        <translation>contexto de desarrollo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the use case&apos;s countries</source>
        <translation>«%1» no es uno de los países del caso de uso</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a development context twice</source>
        <translation>«%1» tiene dos veces un contexto de desarrollo</translation>
    </message>
    <message>
        <source>approval status</source>
        <translation>estado de aprobación</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>debe ser un número entero de 0 a %1</translation>
    </message>
    <message>
        <source>sharing level</source>
        <translation>nivel de uso compartido</translation>
    </message>
    <message>
        <source>vertical</source>
        <translation>sector vertical</translation>
    </message>
    <message>
        <source>must be a goal number from 1 to 17</source>
        <translation>debe ser un número de objetivo del 1 al 17</translation>
    </message>
    <message>
        <source>goal %1 is listed twice</source>
        <translation>el objetivo %1 aparece dos veces</translation>
    </message>
    <message>
        <source>ITU-D region</source>
        <translation>región del UIT-D</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relación</translation>
    </message>
    <message>
        <source>deployment stage</source>
        <translation>fase de despliegue</translation>
    </message>
    <message>
        <source>kind of relation</source>
        <translation>tipo de relación</translation>
    </message>
    <message>
        <source>actor type</source>
        <translation>tipo de actor</translation>
    </message>
    <message>
        <source>interoperability facet</source>
        <translation>faceta de interoperabilidad</translation>
    </message>
    <message>
        <source>identifier target</source>
        <translation>destino del identificador</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>gap status</source>
        <translation>estado de la brecha</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation>debe tener 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>must be a size in bytes</source>
        <translation>debe ser un tamaño en bytes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>tiene %1 caracteres; el límite es %2</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>debe ser una sola línea sin caracteres de control</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation>«%1» no es una dirección de correo electrónico válida</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid link (expected for example https://...)</source>
        <translation>«%1» no es un enlace válido (se esperaba, por ejemplo, https://...)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language tag (for example en, ar, zh-Hans)</source>
        <translation>«%1» no es una etiqueta de idioma (por ejemplo, en, ar, zh-Hans)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ITU-T Question (for example Q2/20: Question 2 of Study Group 20)</source>
        <translation>«%1» no es una Cuestión del UIT-T (por ejemplo, Q2/20: Cuestión 2 de la Comisión de Estudio 20)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha (AAAA, AAAA-MM o AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>«%1» no es un UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2: %3</source>
        <translation>«%1» no es un valor válido para %2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2</source>
        <translation>«%1» no es un valor conocido para %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2 (did you mean &apos;%3&apos;?)</source>
        <translation>«%1» no es un valor conocido para %2 (¿quiso decir «%3»?)</translation>
    </message>
</context>
<context>
    <name>ValueNormaliser</name>
    <message>
        <source>&quot;%1&quot; is not one of the 17 Sustainable Development Goals.</source>
        <translation>«%1» no es uno de los 17 Objetivos de Desarrollo Sostenible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2; did you mean &quot;%3&quot;?</source>
        <translation>«%1» no es un valor conocido para %2; ¿quiso decir «%3»?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2.</source>
        <translation>«%1» no es un valor conocido para %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2: %3</source>
        <translation>«%1» no es un valor válido para %2: %3</translation>
    </message>
</context>
<context>
    <name>WeightSet</name>
    <message>
        <source>The weight of %1 must be a number, not &apos;%2&apos;.</source>
        <translation>El peso de %1 debe ser un número, no «%2».</translation>
    </message>
    <message>
        <source>The weight of %1 must be zero or more, not %2.</source>
        <translation>El peso de %1 debe ser cero o más, no %2.</translation>
    </message>
    <message>
        <source>A weight is KEY=NUMBER, for example A=40 or A1=6, not &apos;%1&apos;.</source>
        <translation>Un peso es CLAVE=NÚMERO, por ejemplo, A=40 o A1=6, no «%1».</translation>
    </message>
    <message>
        <source>The weight of %1 is given twice.</source>
        <translation>El peso de %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a weights file holds one JSON object of weights.</source>
        <translation>un archivo de pesos contiene un único objeto JSON de pesos.</translation>
    </message>
    <message>
        <source>The weight of %1 must be a number.</source>
        <translation>El peso de %1 debe ser un número.</translation>
    </message>
    <message>
        <source>%1 is neither a dimension nor a criterion of the rubric &quot;%2&quot;.</source>
        <translation>%1 no es una dimensión ni un criterio de la rúbrica «%2».</translation>
    </message>
</context>
<context>
    <name>WelcomeText</name>
    <message>
        <source>Set your name in Preferences so that your edits carry it.</source>
        <translation>Escriba su nombre en Preferencias para que sus cambios lo lleven.</translation>
    </message>
    <message>
        <source>Welcome to Casebook. This repository has no use cases yet: press Ctrl+N to record one, or import a bundle or a spreadsheet from the File menu.</source>
        <translation>Le damos la bienvenida a Casebook. Este repositorio aún no tiene casos de uso: pulse Ctrl+N para registrar uno o importe un paquete o una hoja de cálculo desde el menú Archivo.</translation>
    </message>
    <message numerus="yes">
        <source>The list shows %n example use case(s) from public IoT and smart-city deployments.</source>
        <translation>
            <numerusform>La lista muestra %n caso de uso de ejemplo de despliegues públicos de IoT y ciudades inteligentes.</numerusform>
            <numerusform>La lista muestra %n casos de uso de ejemplo de despliegues públicos de IoT y ciudades inteligentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows %1, among them %2 (tagged “example”).</source>
        <translation>La lista muestra %1, entre ellos %2 (con la etiqueta «example»).</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n caso de uso</numerusform>
            <numerusform>%n casos de uso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n ejemplo</numerusform>
            <numerusform>%n ejemplos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list shows the %n use case(s) of this repository.</source>
        <translation>
            <numerusform>La lista muestra el %n caso de uso de este repositorio.</numerusform>
            <numerusform>La lista muestra los %n casos de uso de este repositorio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Casebook.</source>
        <translation>Le damos la bienvenida a Casebook.</translation>
    </message>
    <message>
        <source>Filter them with the facets on the left or the search box, and press Ctrl+N to record your own.</source>
        <translation>Fíltrelos con las facetas de la izquierda o el cuadro de búsqueda, y pulse Ctrl+N para registrar los suyos.</translation>
    </message>
</context>
<context>
    <name>WidgetPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si no guarda, perderá los cambios.</translation>
    </message>
</context>
<context>
    <name>WorkshopJson</name>
    <message>
        <source>has %1 items; a workshop compares %2 to %3 use cases</source>
        <translation>tiene %1 elementos; un taller compara de %2 a %3 casos de uso</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>debe ser un UUID</translation>
    </message>
    <message>
        <source>names the use case %1 twice</source>
        <translation>menciona dos veces el caso de uso %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>has %1 weights; the limit is %2</source>
        <translation>tiene %1 pesos; el límite es %2</translation>
    </message>
    <message>
        <source>the weight %1 must be a number from 0 to 1000000</source>
        <translation>el peso %1 debe ser un número de 0 a 1000000</translation>
    </message>
    <message>
        <source>the name %1 is used twice</source>
        <translation>el nombre %1 se usa dos veces</translation>
    </message>
    <message>
        <source>is numbered %1; rounds are numbered 1, 2, ... in order</source>
        <translation>tiene el número %1; las rondas se numeran 1, 2, ... en orden</translation>
    </message>
    <message>
        <source>the state must be open, revealed or closed</source>
        <translation>el estado debe ser open, revealed o closed</translation>
    </message>
    <message>
        <source>is open, but only the last round may be open</source>
        <translation>está abierta, pero solo la última ronda puede estar abierta</translation>
    </message>
    <message>
        <source>the state must be level, na or unknown</source>
        <translation>el estado debe ser level, na o unknown</translation>
    </message>
    <message>
        <source>criterion %1 of use case %2 is scored twice</source>
        <translation>el criterio %1 del caso de uso %2 se puntúa dos veces</translation>
    </message>
</context>
<context>
    <name>WorkshopPlanner</name>
    <message>
        <source>Both copies are revision %1 with different content.</source>
        <translation>Ambas copias son la revisión %1, con distinto contenido.</translation>
    </message>
    <message>
        <source>A workshop here is already named &quot;%1&quot;; this one will be named &quot;%2&quot;.</source>
        <translation>Ya hay aquí un taller llamado «%1»; este se llamará «%2».</translation>
    </message>
    <message>
        <source>%1, round %2 of %3</source>
        <translation>%1, ronda %2 de %3</translation>
    </message>
    <message>
        <source>The copies belong to different workshops, rounds or assessors.</source>
        <translation>Las copias pertenecen a talleres, rondas o evaluadores distintos.</translation>
    </message>
    <message>
        <source>These are your own scores; a copy from elsewhere never replaces them unless you choose it.</source>
        <translation>Son sus propias puntuaciones; una copia de otro lugar nunca las sustituye salvo que usted la elija.</translation>
    </message>
</context>
<context>
    <name>WorkshopRepository</name>
    <message>
        <source>A workshop needs a name of 1 to 200 characters.</source>
        <translation>Un taller necesita un nombre de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>A workshop compares 2 to 12 use cases; %1 were chosen.</source>
        <translation>Un taller compara de 2 a 12 casos de uso; se eligieron %1.</translation>
    </message>
    <message>
        <source>The use case %1 is chosen twice for the workshop.</source>
        <translation>El caso de uso %1 se eligió dos veces para el taller.</translation>
    </message>
    <message>
        <source>The workshop has too many weight sets or rounds.</source>
        <translation>El taller tiene demasiados conjuntos de pesos o rondas.</translation>
    </message>
    <message>
        <source>There is already a workshop named &quot;%1&quot;.</source>
        <translation>Ya existe un taller llamado «%1».</translation>
    </message>
    <message>
        <source>Saving the workshop</source>
        <translation>Guardando el taller</translation>
    </message>
    <message>
        <source>Reading workshops</source>
        <translation>Leyendo los talleres</translation>
    </message>
    <message>
        <source>A stored workshop cannot be read.</source>
        <translation>No se puede leer un taller guardado.</translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation>No existe el taller %1.</translation>
    </message>
    <message>
        <source>Deleting the workshop</source>
        <translation>Eliminando el taller</translation>
    </message>
    <message>
        <source>There are too many workshops named &quot;%1&quot;.</source>
        <translation>Hay demasiados talleres llamados «%1».</translation>
    </message>
</context>
<context>
    <name>WorkshopRounds</name>
    <message>
        <source>Round %1 of the workshop &quot;%2&quot; is still open; reveal it before opening the next round.</source>
        <translation>La ronda %1 del taller «%2» sigue abierta; revélela antes de abrir la siguiente.</translation>
    </message>
    <message>
        <source>A workshop has at most %1 rounds.</source>
        <translation>Un taller tiene como máximo %1 rondas.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has no round yet; open round 1 first.</source>
        <translation>El taller «%1» aún no tiene rondas; abra primero la ronda 1.</translation>
    </message>
    <message>
        <source>Round %1 of the workshop &quot;%2&quot; is %3 already.</source>
        <translation>La ronda %1 del taller «%2» ya está %3.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has no open round; the facilitator opens one.</source>
        <translation>El taller «%1» no tiene ninguna ronda abierta; la abre el moderador.</translation>
    </message>
    <message>
        <source>%1 of %2 changes from %3 in round %4 to %5: give a reason for the change.</source>
        <translation>%1 de %2 cambia de %3 en la ronda %4 a %5: indique el motivo del cambio.</translation>
    </message>
</context>
<context>
    <name>WorkshopScope</name>
    <message>
        <source>The rubric version of the workshop &quot;%1&quot; is not in this repository.</source>
        <translation>La versión de la rúbrica del taller «%1» no está en este repositorio.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The archive cannot be written: its date is out of range.</source>
        <translation>No se puede escribir el archivo comprimido: su fecha está fuera de rango.</translation>
    </message>
    <message>
        <source>The archive cannot be written: the file name %1 is not allowed.</source>
        <translation>No se puede escribir el archivo comprimido: el nombre de archivo %1 no está permitido.</translation>
    </message>
    <message>
        <source>The archive cannot be written: the file name %1 is used twice.</source>
        <translation>No se puede escribir el archivo comprimido: el nombre de archivo %1 se usa dos veces.</translation>
    </message>
    <message>
        <source>The archive cannot be written.</source>
        <translation>No se puede escribir el archivo comprimido.</translation>
    </message>
</context>
<context>
    <name>casebook::DefaultRubric</name>
    <message>
        <source>Interoperability and standardization (Resolution 98)</source>
        <translation>Interoperabilidad y normalización (Resolución 98)</translation>
    </message>
    <message>
        <source>Default Casebook rubric: 12 criteria in 4 dimensions, scored 0 to 4. Weights add up to 100. Built from ISO/IEC 21823-1, LCIM, EIF, GWAC, NIST CPS and IES-City, CAMSS and ITU-T Y.4903/Y.4904.</source>
        <translation>Rúbrica predeterminada de Casebook: 12 criterios en 4 dimensiones, puntuados de 0 a 4. Los pesos suman 100. Elaborada a partir de ISO/IEC 21823-1, LCIM, EIF, GWAC, NIST CPS e IES-City, CAMSS y UIT-T Y.4903/Y.4904.</translation>
    </message>
    <message>
        <source>Absent or unknown</source>
        <translation>Ausente o desconocido</translation>
    </message>
    <message>
        <source>Ad hoc or proprietary</source>
        <translation>Ad hoc o propietario</translation>
    </message>
    <message>
        <source>Documented or partial</source>
        <translation>Documentado o parcial</translation>
    </message>
    <message>
        <source>Standards-based</source>
        <translation>Basado en normas</translation>
    </message>
    <message>
        <source>Standards-based and verified, certified or proven at scale</source>
        <translation>Basado en normas y verificado, certificado o probado a gran escala</translation>
    </message>
    <message>
        <source>No security measures (security red flag)</source>
        <translation>Sin medidas de seguridad (señal de alerta de seguridad)</translation>
    </message>
    <message>
        <source>No global identification (identifiers at most unique within one vendor)</source>
        <translation>Sin identificación global (identificadores únicos como mucho dentro de un proveedor)</translation>
    </message>
    <message>
        <source>Technical and data interoperability</source>
        <translation>Interoperabilidad técnica y de datos</translation>
    </message>
    <message>
        <source>Transport and connectivity</source>
        <translation>Transporte y conectividad</translation>
    </message>
    <message>
        <source>Nothing is known, or a closed link from one vendor</source>
        <translation>No se sabe nada, o un enlace cerrado de un solo proveedor</translation>
    </message>
    <message>
        <source>A proprietary protocol that only the vendor documents</source>
        <translation>Un protocolo propietario que solo documenta el proveedor</translation>
    </message>
    <message>
        <source>Open protocols outside the SDOs, or an SDO standard with private extensions</source>
        <translation>Protocolos abiertos ajenos a los organismos de normalización, o una norma de un organismo de normalización con extensiones privadas</translation>
    </message>
    <message>
        <source>Standard bearers and protocols from SDOs, end to end</source>
        <translation>Portadores y protocolos normalizados por organismos de normalización, de extremo a extremo</translation>
    </message>
    <message>
        <source>Level 3, with conformance-tested devices and at least two interchangeable bearers or vendors shown to work</source>
        <translation>Nivel 3, con dispositivos probados en conformidad y al menos dos portadores o proveedores intercambiables que han demostrado funcionar</translation>
    </message>
    <message>
        <source>Syntax: data formats and APIs</source>
        <translation>Sintaxis: formatos de datos y API</translation>
    </message>
    <message>
        <source>Payloads are undocumented or proprietary binary</source>
        <translation>Cargas útiles sin documentar o binarias propietarias</translation>
    </message>
    <message>
        <source>The API or format is documented but proprietary</source>
        <translation>La API o el formato está documentado, pero es propietario</translation>
    </message>
    <message>
        <source>Open generic formats, but no published schema or API contract</source>
        <translation>Formatos genéricos abiertos, pero sin esquema ni contrato de API publicados</translation>
    </message>
    <message>
        <source>A published, standardized API or serialisation</source>
        <translation>Una API o serialización publicada y normalizada</translation>
    </message>
    <message>
        <source>Level 3, with conformance tests or several independent implementations</source>
        <translation>Nivel 3, con pruebas de conformidad o varias implementaciones independientes</translation>
    </message>
    <message>
        <source>Semantics: information models</source>
        <translation>Semántica: modelos de información</translation>
    </message>
    <message>
        <source>Meaning lives only in the code</source>
        <translation>El significado solo está en el código</translation>
    </message>
    <message>
        <source>Only a local data dictionary</source>
        <translation>Solo un diccionario de datos local</translation>
    </message>
    <message>
        <source>The project publishes its data model, but nobody else uses it</source>
        <translation>El proyecto publica su modelo de datos, pero nadie más lo usa</translation>
    </message>
    <message>
        <source>A shared domain model or ontology from an SDO or community</source>
        <translation>Un modelo de dominio u ontología compartido, de un organismo de normalización o de una comunidad</translation>
    </message>
    <message>
        <source>Level 3, with a formal ontology and validated mappings to other models</source>
        <translation>Nivel 3, con una ontología formal y correspondencias validadas con otros modelos</translation>
    </message>
    <message>
        <source>Behaviour and processes</source>
        <translation>Comportamiento y procesos</translation>
    </message>
    <message>
        <source>The interactions are not described</source>
        <translation>Las interacciones no están descritas</translation>
    </message>
    <message>
        <source>Described in prose only</source>
        <translation>Descritas solo en prosa</translation>
    </message>
    <message>
        <source>Scenarios and steps are documented but not validated</source>
        <translation>Escenarios y pasos documentados, pero no validados</translation>
    </message>
    <message>
        <source>Behaviour follows standard profiles and is tested end to end in one deployment</source>
        <translation>El comportamiento sigue perfiles normalizados y se prueba de extremo a extremo en un despliegue</translation>
    </message>
    <message>
        <source>Validated in deployments with several vendors or sites, with test cases</source>
        <translation>Validado en despliegues con varios proveedores o emplazamientos, con casos de prueba</translation>
    </message>
    <message>
        <source>Identification and discovery</source>
        <translation>Identificación y descubrimiento</translation>
    </message>
    <message>
        <source>Only local or ad hoc identifiers</source>
        <translation>Solo identificadores locales o ad hoc</translation>
    </message>
    <message>
        <source>Identifiers unique within one vendor</source>
        <translation>Identificadores únicos dentro de un proveedor</translation>
    </message>
    <message>
        <source>Globally unique identifiers that are not registered or resolvable</source>
        <translation>Identificadores únicos a nivel mundial que no están registrados ni son resolubles</translation>
    </message>
    <message>
        <source>A standardized, resolvable global scheme for devices and applications</source>
        <translation>Un esquema global normalizado y resoluble para dispositivos y aplicaciones</translation>
    </message>
    <message>
        <source>Level 3, plus a discovery service and mapping of identifiers between systems</source>
        <translation>Nivel 3, más un servicio de descubrimiento y la correspondencia de identificadores entre sistemas</translation>
    </message>
    <message>
        <source>Trust and lifecycle</source>
        <translation>Confianza y ciclo de vida</translation>
    </message>
    <message>
        <source>Security and privacy by design</source>
        <translation>Seguridad y privacidad desde el diseño</translation>
    </message>
    <message>
        <source>Not addressed, or unknown</source>
        <translation>No se aborda, o se desconoce</translation>
    </message>
    <message>
        <source>Some ad hoc measures, no threat analysis</source>
        <translation>Algunas medidas ad hoc, sin análisis de amenazas</translation>
    </message>
    <message>
        <source>Threats and privacy assessed and controls documented</source>
        <translation>Amenazas y privacidad evaluadas, y controles documentados</translation>
    </message>
    <message>
        <source>Controls mapped to a recognised security baseline; privacy by design documented</source>
        <translation>Controles asignados a una referencia de seguridad reconocida; privacidad desde el diseño documentada</translation>
    </message>
    <message>
        <source>Independently certified or audited, with a working incident and update process</source>
        <translation>Certificado o auditado de forma independiente, con un proceso de incidentes y actualizaciones en funcionamiento</translation>
    </message>
    <message>
        <source>Device onboarding and lifecycle</source>
        <translation>Incorporación y ciclo de vida de los dispositivos</translation>
    </message>
    <message>
        <source>Not documented</source>
        <translation>Sin documentar</translation>
    </message>
    <message>
        <source>Each device provisioned by hand with vendor tools</source>
        <translation>Cada dispositivo se aprovisiona a mano con herramientas del proveedor</translation>
    </message>
    <message>
        <source>Scripted or bulk provisioning, specific to one vendor</source>
        <translation>Aprovisionamiento por script o masivo, propio de un proveedor</translation>
    </message>
    <message>
        <source>Standardized bootstrapping and onboarding, with remote update</source>
        <translation>Arranque e incorporación normalizados, con actualización remota</translation>
    </message>
    <message>
        <source>Zero-touch onboarding across vendors, with secure update and decommissioning shown</source>
        <translation>Incorporación sin intervención entre proveedores, con actualización segura y retirada demostradas</translation>
    </message>
    <message>
        <source>Standardization and governance</source>
        <translation>Normalización y gobernanza</translation>
    </message>
    <message>
        <source>Openness and maturity of the standards used</source>
        <translation>Apertura y madurez de las normas utilizadas</translation>
    </message>
    <message>
        <source>Entirely proprietary</source>
        <translation>Totalmente propietario</translation>
    </message>
    <message>
        <source>De facto or consortium specifications with restricted access</source>
        <translation>Especificaciones de facto o de consorcios con acceso restringido</translation>
    </message>
    <message>
        <source>Openly available consortium or open-source specifications</source>
        <translation>Especificaciones de consorcios o de código abierto de libre acceso</translation>
    </message>
    <message>
        <source>International SDO standards at most pivotal points of interoperability</source>
        <translation>Normas internacionales de organismos de normalización en la mayoría de los puntos clave de interoperabilidad</translation>
    </message>
    <message>
        <source>International standards at every pivotal point, with active conformance programmes</source>
        <translation>Normas internacionales en cada punto clave, con programas de conformidad activos</translation>
    </message>
    <message>
        <source>Policy, legal and organisational interoperability</source>
        <translation>Interoperabilidad política, jurídica y organizativa</translation>
    </message>
    <message>
        <source>No agreements</source>
        <translation>Sin acuerdos</translation>
    </message>
    <message>
        <source>Informal arrangements only</source>
        <translation>Solo acuerdos informales</translation>
    </message>
    <message>
        <source>Bilateral contracts or data-sharing agreements</source>
        <translation>Contratos bilaterales o acuerdos de intercambio de datos</translation>
    </message>
    <message>
        <source>Formal governance, a data-sharing framework and documented regulatory compliance</source>
        <translation>Gobernanza formal, un marco de intercambio de datos y cumplimiento normativo documentado</translation>
    </message>
    <message>
        <source>A published, reusable framework governed by several stakeholders</source>
        <translation>Un marco publicado y reutilizable, gobernado por varias partes interesadas</translation>
    </message>
    <message>
        <source>Contribution to standardization (gaps found)</source>
        <translation>Contribución a la normalización (brechas detectadas)</translation>
    </message>
    <message>
        <source>No gap analysis</source>
        <translation>Sin análisis de brechas</translation>
    </message>
    <message>
        <source>Gaps mentioned in passing</source>
        <translation>Brechas mencionadas de pasada</translation>
    </message>
    <message>
        <source>Gaps documented per facet or layer, naming the standards concerned</source>
        <translation>Brechas documentadas por faceta o capa, indicando las normas afectadas</translation>
    </message>
    <message>
        <source>Gaps mapped to a candidate SDO and Question, with proposed requirements</source>
        <translation>Brechas asignadas a un organismo de normalización y una Cuestión candidatos, con requisitos propuestos</translation>
    </message>
    <message>
        <source>A contribution or liaison has been submitted, or a work item started</source>
        <translation>Se ha presentado una contribución o una declaración de enlace, o se ha iniciado un tema de trabajo</translation>
    </message>
    <message>
        <source>Impact and inclusiveness</source>
        <translation>Impacto e inclusión</translation>
    </message>
    <message>
        <source>Measured impact (KPIs, SDG targets)</source>
        <translation>Impacto medido (KPI, metas de los ODS)</translation>
    </message>
    <message>
        <source>No KPIs</source>
        <translation>Sin KPI</translation>
    </message>
    <message>
        <source>Only qualitative claims</source>
        <translation>Solo afirmaciones cualitativas</translation>
    </message>
    <message>
        <source>KPIs defined, with targets</source>
        <translation>KPI definidos, con metas</translation>
    </message>
    <message>
        <source>Baselines and measured values of the KPIs, mapped to a published KPI framework: U4SSC KPI codes (cities), SDG targets or indicators, or a recognised sector or organisational KPI set</source>
        <translation>Valores de referencia y medidos de los KPI, asignados a un marco de KPI publicado: códigos de KPI de U4SSC (ciudades), metas o indicadores de los ODS, o un conjunto de KPI sectorial u organizativo reconocido</translation>
    </message>
    <message>
        <source>Level 3, plus results verified independently or a sustained time series of measured values</source>
        <translation>Nivel 3, más resultados verificados de forma independiente o una serie temporal sostenida de valores medidos</translation>
    </message>
    <message>
        <source>Replicability and inclusiveness across regions</source>
        <translation>Replicabilidad e inclusión entre regiones</translation>
    </message>
    <message>
        <source>A one-off, tied to its site</source>
        <translation>Un caso único, ligado a su emplazamiento</translation>
    </message>
    <message>
        <source>Said to be replicable, but needs high-end infrastructure</source>
        <translation>Se dice replicable, pero necesita infraestructura de gama alta</translation>
    </message>
    <message>
        <source>Replicable components documented; works with modest infrastructure</source>
        <translation>Componentes replicables documentados; funciona con infraestructura modesta</translation>
    </message>
    <message>
        <source>Replicated in more than one city or country</source>
        <translation>Replicado en más de una ciudad o país</translation>
    </message>
    <message>
        <source>Replicated across regions at different levels of development, with their constraints addressed</source>
        <translation>Replicado en regiones con distintos niveles de desarrollo, atendiendo a sus limitaciones</translation>
    </message>
</context>
<context>
    <name>casebook::Rubric</name>
    <message>
        <source>The rubric &quot;%1&quot; has no criterion %2.</source>
        <translation>La rúbrica «%1» no tiene el criterio %2.</translation>
    </message>
    <message>
        <source>%1: level %2 is outside the scale %3 to %4.</source>
        <translation>%1: el nivel %2 está fuera de la escala de %3 a %4.</translation>
    </message>
</context>
<context>
    <name>casebook::Vocabulary</name>
    <message>
        <source>Industrial IoT</source>
        <translation>IoT industrial</translation>
    </message>
    <message>
        <source>Internet of vehicles</source>
        <translation>Internet de los vehículos</translation>
    </message>
    <message>
        <source>Smart oceans and seas</source>
        <translation>Océanos y mares inteligentes</translation>
    </message>
    <message>
        <source>Smart supply chain</source>
        <translation>Cadena de suministro inteligente</translation>
    </message>
    <message>
        <source>Smart home</source>
        <translation>Hogar inteligente</translation>
    </message>
    <message>
        <source>Smart city services</source>
        <translation>Servicios de ciudad inteligente</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Agricultura</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Medio ambiente</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Edificios</translation>
    </message>
    <message>
        <source>Public safety</source>
        <translation>Seguridad pública</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Disaster management</source>
        <translation>Gestión de desastres</translation>
    </message>
    <message>
        <source>Early warning, monitoring and response for natural and man-made disasters. ITU Plenipotentiary Resolution 197 names disaster management among the fields where IoT is expected to play a fundamental role, and ITU-T Study Group 20 studies IoT-based disaster-monitoring systems.</source>
        <translation>Alerta temprana, vigilancia y respuesta ante desastres naturales y de origen humano. La Resolución 197 de la Conferencia de Plenipotenciarios de la UIT cita la gestión de desastres entre los campos en los que se espera que la IoT desempeñe un papel fundamental, y la Comisión de Estudio 20 del UIT-T estudia los sistemas de vigilancia de desastres basados en la IoT.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>Fin de la pobreza</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Hambre cero</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Salud y bienestar</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Educación de calidad</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Igualdad de género</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Agua limpia y saneamiento</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Energía asequible y no contaminante</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Trabajo decente y crecimiento económico</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Industria, innovación e infraestructura</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Reducción de las desigualdades</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Ciudades y comunidades sostenibles</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Producción y consumo responsables</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Acción por el clima</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Vida submarina</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Vida de ecosistemas terrestres</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Paz, justicia e instituciones sólidas</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Alianzas para lograr los objetivos</translation>
    </message>
    <message>
        <source>The SDGs named in the proposal of the Asia-Pacific Telecommunity (APT) to the World Telecommunication Standardization Assembly (WTSA) for revising ITU-T Resolution 98. This is proposal text, not text the Assembly adopted; check the Resolution as adopted before quoting it.</source>
        <translation>Los ODS citados en la propuesta de la Telecomunidad Asia-Pacífico (APT) a la Asamblea Mundial de Normalización de las Telecomunicaciones (AMNT) para revisar la Resolución 98 del UIT-T. Es texto de una propuesta, no texto adoptado por la Asamblea; compruebe la Resolución tal como se adoptó antes de citarla.</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <source>ITU-D region: Africa. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Región del UIT-D: África. Una de las seis regiones del Sector de Desarrollo de las Telecomunicaciones de la UIT (UIT-D). La UIT también agrupa a sus Estados Miembros en las regiones administrativas A a E (para las elecciones al Consejo y a la Junta del Reglamento de Radiocomunicaciones), y el Reglamento de Radiocomunicaciones divide el mundo en las Regiones 1 a 3 del UIT-R (para la atribución de frecuencias); son agrupaciones distintas.</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Américas</translation>
    </message>
    <message>
        <source>ITU-D region: Americas. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Región del UIT-D: Américas. Una de las seis regiones del Sector de Desarrollo de las Telecomunicaciones de la UIT (UIT-D). La UIT también agrupa a sus Estados Miembros en las regiones administrativas A a E (para las elecciones al Consejo y a la Junta del Reglamento de Radiocomunicaciones), y el Reglamento de Radiocomunicaciones divide el mundo en las Regiones 1 a 3 del UIT-R (para la atribución de frecuencias); son agrupaciones distintas.</translation>
    </message>
    <message>
        <source>Arab States</source>
        <translation>Estados Árabes</translation>
    </message>
    <message>
        <source>ITU-D region: Arab States. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Región del UIT-D: Estados Árabes. Una de las seis regiones del Sector de Desarrollo de las Telecomunicaciones de la UIT (UIT-D). La UIT también agrupa a sus Estados Miembros en las regiones administrativas A a E (para las elecciones al Consejo y a la Junta del Reglamento de Radiocomunicaciones), y el Reglamento de Radiocomunicaciones divide el mundo en las Regiones 1 a 3 del UIT-R (para la atribución de frecuencias); son agrupaciones distintas.</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>Asia-Pacífico</translation>
    </message>
    <message>
        <source>ITU-D region: Asia and the Pacific. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Región del UIT-D: Asia-Pacífico. Una de las seis regiones del Sector de Desarrollo de las Telecomunicaciones de la UIT (UIT-D). La UIT también agrupa a sus Estados Miembros en las regiones administrativas A a E (para las elecciones al Consejo y a la Junta del Reglamento de Radiocomunicaciones), y el Reglamento de Radiocomunicaciones divide el mundo en las Regiones 1 a 3 del UIT-R (para la atribución de frecuencias); son agrupaciones distintas.</translation>
    </message>
    <message>
        <source>Commonwealth of Independent States</source>
        <translation>Comunidad de Estados Independientes</translation>
    </message>
    <message>
        <source>ITU-D region: Commonwealth of Independent States. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Región del UIT-D: Comunidad de Estados Independientes. Una de las seis regiones del Sector de Desarrollo de las Telecomunicaciones de la UIT (UIT-D). La UIT también agrupa a sus Estados Miembros en las regiones administrativas A a E (para las elecciones al Consejo y a la Junta del Reglamento de Radiocomunicaciones), y el Reglamento de Radiocomunicaciones divide el mundo en las Regiones 1 a 3 del UIT-R (para la atribución de frecuencias); son agrupaciones distintas.</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>ITU-D region: Europe. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Región del UIT-D: Europa. Una de las seis regiones del Sector de Desarrollo de las Telecomunicaciones de la UIT (UIT-D). La UIT también agrupa a sus Estados Miembros en las regiones administrativas A a E (para las elecciones al Consejo y a la Junta del Reglamento de Radiocomunicaciones), y el Reglamento de Radiocomunicaciones divide el mundo en las Regiones 1 a 3 del UIT-R (para la atribución de frecuencias); son agrupaciones distintas.</translation>
    </message>
    <message>
        <source>Least developed country</source>
        <translation>País menos adelantado</translation>
    </message>
    <message>
        <source>Landlocked developing country</source>
        <translation>País en desarrollo sin litoral</translation>
    </message>
    <message>
        <source>Small island developing state</source>
        <translation>Pequeño Estado insular en desarrollo</translation>
    </message>
    <message>
        <source>Developing country</source>
        <translation>País en desarrollo</translation>
    </message>
    <message>
        <source>Economy in transition</source>
        <translation>País con economía en transición</translation>
    </message>
    <message>
        <source>Developed country</source>
        <translation>País desarrollado</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Genérica</translation>
    </message>
    <message>
        <source>Not tied to any particular region, country or place: the use case applies wherever its actors exist (IEC 62559-2, &apos;generic, regional or national relation&apos;).</source>
        <translation>No está ligado a ninguna región, país o lugar concreto: el caso de uso se aplica dondequiera que existan sus actores (IEC 62559-2, «relación genérica, regional o nacional»).</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Tied to a region above the national level, such as a group of countries that share rules, a market or infrastructure (for example European or East African).</source>
        <translation>Ligado a una región por encima del nivel nacional, como un grupo de países que comparten normas, un mercado o infraestructuras (por ejemplo, europea o de África Oriental).</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>Tied to the regulation, market or infrastructure of one country.</source>
        <translation>Ligado a la regulación, el mercado o las infraestructuras de un país.</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Tied to one place below the national level: a city, a municipality or a group of them, a sub-national region, a utility or a site.</source>
        <translation>Ligado a un lugar por debajo del nivel nacional: una ciudad, un municipio o un grupo de ellos, una región subnacional, una empresa de servicios públicos o un emplazamiento.</translation>
    </message>
    <message>
        <source>Concept or study</source>
        <translation>Concepto o estudio</translation>
    </message>
    <message>
        <source>Lab prototype</source>
        <translation>Prototipo de laboratorio</translation>
    </message>
    <message>
        <source>Field pilot</source>
        <translation>Piloto sobre el terreno</translation>
    </message>
    <message>
        <source>In operation at one site</source>
        <translation>En funcionamiento en un emplazamiento</translation>
    </message>
    <message>
        <source>Scaled to several sites or regions</source>
        <translation>Ampliado a varios emplazamientos o regiones</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>For comment</source>
        <translation>Para comentarios</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Sustituido</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <source>2G/3G/4G cellular</source>
        <translation>Celular 2G/3G/4G</translation>
    </message>
    <message>
        <source>5G</source>
        <translation>5G</translation>
    </message>
    <message>
        <source>NB-IoT</source>
        <translation>NB-IoT</translation>
    </message>
    <message>
        <source>LTE-M</source>
        <translation>LTE-M</translation>
    </message>
    <message>
        <source>LoRaWAN</source>
        <translation>LoRaWAN</translation>
    </message>
    <message>
        <source>Sigfox</source>
        <translation>Sigfox</translation>
    </message>
    <message>
        <source>IEEE 802.15.4 / 6LoWPAN</source>
        <translation>IEEE 802.15.4 / 6LoWPAN</translation>
    </message>
    <message>
        <source>Zigbee</source>
        <translation>Zigbee</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Bluetooth LE</source>
        <translation>Bluetooth LE</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Power-line communication</source>
        <translation>Comunicación por línea eléctrica</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Satélite</translation>
    </message>
    <message>
        <source>DSRC / ITS-G5</source>
        <translation>DSRC / ITS-G5</translation>
    </message>
    <message>
        <source>C-V2X</source>
        <translation>C-V2X</translation>
    </message>
    <message>
        <source>Wired Ethernet / fieldbus</source>
        <translation>Ethernet cableado / bus de campo</translation>
    </message>
    <message>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <source>Near-field communication (ISO/IEC 18092 and the NFC Forum specifications): contact-range links and tags.</source>
        <translation>Comunicación de campo cercano (ISO/IEC 18092 y las especificaciones del NFC Forum): enlaces y etiquetas de alcance de contacto.</translation>
    </message>
    <message>
        <source>RFID</source>
        <translation>RFID</translation>
    </message>
    <message>
        <source>Radio-frequency identification: passive or active tags read by radio, e.g. ISO/IEC 18000 air interfaces and GS1 EPC tags.</source>
        <translation>Identificación por radiofrecuencia: etiquetas pasivas o activas leídas por radio, p. ej., interfaces aéreas ISO/IEC 18000 y etiquetas EPC de GS1.</translation>
    </message>
    <message>
        <source>manual per device</source>
        <translation>manual por dispositivo</translation>
    </message>
    <message>
        <source>vendor-specific bulk provisioning</source>
        <translation>aprovisionamiento masivo propio del proveedor</translation>
    </message>
    <message>
        <source>LwM2M bootstrap</source>
        <translation>arranque LwM2M</translation>
    </message>
    <message>
        <source>FIDO Device Onboard</source>
        <translation>FIDO Device Onboard</translation>
    </message>
    <message>
        <source>Matter commissioning</source>
        <translation>puesta en servicio de Matter</translation>
    </message>
    <message>
        <source>SIM-based</source>
        <translation>basado en SIM</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Syntactic</source>
        <translation>Sintáctica</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>Semántica</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>De comportamiento</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>De políticas</translation>
    </message>
    <message>
        <source>ITU-T</source>
        <translation>UIT-T</translation>
    </message>
    <message>
        <source>ITU-R</source>
        <translation>UIT-R</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>IEC</source>
        <translation>CEI</translation>
    </message>
    <message>
        <source>ISO/IEC JTC 1</source>
        <translation>ISO/CEI JTC 1</translation>
    </message>
    <message>
        <source>IEEE</source>
        <translation>IEEE</translation>
    </message>
    <message>
        <source>ETSI</source>
        <translation>ETSI</translation>
    </message>
    <message>
        <source>oneM2M</source>
        <translation>oneM2M</translation>
    </message>
    <message>
        <source>3GPP</source>
        <translation>3GPP</translation>
    </message>
    <message>
        <source>IETF</source>
        <translation>IETF</translation>
    </message>
    <message>
        <source>W3C</source>
        <translation>W3C</translation>
    </message>
    <message>
        <source>OGC</source>
        <translation>OGC</translation>
    </message>
    <message>
        <source>GS1</source>
        <translation>GS1</translation>
    </message>
    <message>
        <source>OMA SpecWorks</source>
        <translation>OMA SpecWorks</translation>
    </message>
    <message>
        <source>OPC Foundation</source>
        <translation>OPC Foundation</translation>
    </message>
    <message>
        <source>Connectivity Standards Alliance</source>
        <translation>Connectivity Standards Alliance</translation>
    </message>
    <message>
        <source>LoRa Alliance</source>
        <translation>LoRa Alliance</translation>
    </message>
    <message>
        <source>OASC</source>
        <translation>OASC</translation>
    </message>
    <message>
        <source>FIWARE Foundation</source>
        <translation>FIWARE Foundation</translation>
    </message>
    <message>
        <source>ECHONET Consortium</source>
        <translation>ECHONET Consortium</translation>
    </message>
    <message>
        <source>IDSA</source>
        <translation>IDSA</translation>
    </message>
    <message>
        <source>International Data Spaces Association</source>
        <translation>International Data Spaces Association</translation>
    </message>
    <message>
        <source>IDTA</source>
        <translation>IDTA</translation>
    </message>
    <message>
        <source>Industrial Digital Twin Association (Asset Administration Shell)</source>
        <translation>Industrial Digital Twin Association (Asset Administration Shell)</translation>
    </message>
    <message>
        <source>SAE</source>
        <translation>SAE</translation>
    </message>
    <message>
        <source>SAE International</source>
        <translation>SAE International</translation>
    </message>
    <message>
        <source>HL7</source>
        <translation>HL7</translation>
    </message>
    <message>
        <source>Health Level Seven International</source>
        <translation>Health Level Seven International</translation>
    </message>
    <message>
        <source>IHE</source>
        <translation>IHE</translation>
    </message>
    <message>
        <source>Integrating the Healthcare Enterprise</source>
        <translation>Integrating the Healthcare Enterprise</translation>
    </message>
    <message>
        <source>CEN/CENELEC</source>
        <translation>CEN/CENELEC</translation>
    </message>
    <message>
        <source>European Committee for Standardization and European Committee for Electrotechnical Standardization</source>
        <translation>Comité Europeo de Normalización y Comité Europeo de Normalización Electrotécnica</translation>
    </message>
    <message>
        <source>GSMA</source>
        <translation>GSMA</translation>
    </message>
    <message>
        <source>GSM Association</source>
        <translation>GSM Association</translation>
    </message>
    <message>
        <source>DLMS UA</source>
        <translation>DLMS UA</translation>
    </message>
    <message>
        <source>DLMS User Association</source>
        <translation>DLMS User Association</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identificada</translation>
    </message>
    <message>
        <source>Liaised</source>
        <translation>En enlace</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>Tema de trabajo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>Incluye</translation>
    </message>
    <message>
        <source>Extends</source>
        <translation>Amplía</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionado</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Create: an object is created</source>
        <translation>Crear: se crea un objeto</translation>
    </message>
    <message>
        <source>Get: information is read or requested</source>
        <translation>Obtener: se lee o se solicita información</translation>
    </message>
    <message>
        <source>Change: an object is modified</source>
        <translation>Cambiar: se modifica un objeto</translation>
    </message>
    <message>
        <source>Delete: an object is removed</source>
        <translation>Eliminar: se quita un objeto</translation>
    </message>
    <message>
        <source>Cancel: an activity is stopped</source>
        <translation>Cancelar: se detiene una actividad</translation>
    </message>
    <message>
        <source>Close: an activity or session ends</source>
        <translation>Cerrar: termina una actividad o una sesión</translation>
    </message>
    <message>
        <source>Execute: an action is carried out</source>
        <translation>Ejecutar: se lleva a cabo una acción</translation>
    </message>
    <message>
        <source>Report: information is sent without a request</source>
        <translation>Informar: se envía información sin que se solicite</translation>
    </message>
    <message>
        <source>Timer: a step waits for a time or a period</source>
        <translation>Temporizador: un paso espera un momento o un período</translation>
    </message>
    <message>
        <source>Repeat: a group of steps runs again</source>
        <translation>Repetir: un grupo de pasos vuelve a ejecutarse</translation>
    </message>
</context>
<context>
    <name>casebook::ui::AttachmentListModel</name>
    <message>
        <source>%1
A program or script: Casebook asks before opening it.
SHA-256 %2</source>
        <translation>%1
Un programa o script: Casebook pregunta antes de abrirlo.
SHA-256 %2</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
</context>
<context>
    <name>casebook::ui::AttachmentsSection</name>
    <message>
        <source>Files attached to this use case:</source>
        <translation>Archivos adjuntos a este caso de uso:</translation>
    </message>
    <message>
        <source>No attachments. Add contributions, diagrams or data files: each is stored once in the repository, whatever uses it.</source>
        <translation>No hay adjuntos. Añada contribuciones, diagramas o archivos de datos: cada uno se guarda una sola vez en el repositorio, lo use quien lo use.</translation>
    </message>
    <message>
        <source>Attachments can be added and opened once the use case is in a repository.</source>
        <translation>Los adjuntos se pueden añadir y abrir cuando el caso de uso esté en un repositorio.</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the limit for an attachment.</source>
        <translation>%1 supera %2, el límite para un adjunto.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
    <message>
        <source>Open a Program?</source>
        <translation>¿Abrir un programa?</translation>
    </message>
    <message>
        <source>“%1” is a program or script. Opening it may run it on this computer with your permissions.</source>
        <translation>«%1» es un programa o script. Abrirlo puede ejecutarlo en este equipo con sus permisos.</translation>
    </message>
    <message>
        <source>Open it only if you trust where it came from.</source>
        <translation>Ábralo solo si confía en su procedencia.</translation>
    </message>
    <message>
        <source>A temporary folder to open the attachment in could not be created.</source>
        <translation>No se pudo crear una carpeta temporal en la que abrir el adjunto.</translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary folder.</source>
        <translation>No se pudo escribir %1 en una carpeta temporal.</translation>
    </message>
    <message>
        <source>No application on this computer could open %1.</source>
        <translation>Ninguna aplicación de este equipo pudo abrir %1.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Remove Attachments</source>
        <translation>Quitar adjuntos</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n attachment(s) from this use case?</source>
        <translation>
            <numerusform>¿Quitar %n adjunto de este caso de uso?</numerusform>
            <numerusform>¿Quitar %n adjuntos de este caso de uso?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 adds files, %2 opens the selected one, %3 removes it</source>
        <translation>%1 añade archivos, %2 abre el seleccionado, %3 lo quita</translation>
    </message>
</context>
<context>
    <name>casebook::ui::BundleActions</name>
    <message>
        <source>casebook-%1.casebook</source>
        <translation>casebook-%1.casebook</translation>
    </message>
    <message>
        <source>The bundle was not written</source>
        <translation>No se escribió el paquete</translation>
    </message>
    <message>
        <source>It is larger than 20 MB, which many mail servers refuse.</source>
        <translation>Supera los 20 MB, algo que muchos servidores de correo rechazan.</translation>
    </message>
    <message>
        <source>Casebook bundle: %1</source>
        <translation>Paquete de Casebook: %1</translation>
    </message>
    <message>
        <source>Attach it to your email from the folder that opened.</source>
        <translation>Adjúntelo a su correo desde la carpeta que se ha abierto.</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Paquete escrito</translation>
    </message>
    <message>
        <source>This bundle cannot be imported</source>
        <translation>Este paquete no se puede importar</translation>
    </message>
    <message>
        <source>The import did not happen</source>
        <translation>La importación no se realizó</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>This repository already has everything in %1.</source>
        <translation>Este repositorio ya tiene todo lo que contiene %1.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>&amp;Bundle (.casebook)...</source>
        <translation>&amp;Paquete (.casebook)...</translation>
    </message>
    <message>
        <source>Share by &amp;Email...</source>
        <translation>Compartir por &amp;correo...</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Guardar el paquete</translation>
    </message>
    <message>
        <source>Casebook bundles (*.casebook)</source>
        <translation>Paquetes de Casebook (*.casebook)</translation>
    </message>
    <message>
        <source>%1 is ready: %2, %3.</source>
        <translation>%1 está listo: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to share them).</source>
        <translation>
            <numerusform>Se excluyó %n caso de uso restringido (marque «Incluir casos de uso restringidos» para compartirlo).</numerusform>
            <numerusform>Se excluyeron %n casos de uso restringidos (marque «Incluir casos de uso restringidos» para compartirlos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Abrir un paquete</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Este archivo no se puede importar</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Comparing %1 with this repository…</source>
        <translation>Comparando %1 con este repositorio…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1. Nothing was lost: replaced versions are in each record&apos;s history, and File &gt; Take Back Last Import undoes the whole import.</source>
        <translation>%1. No se perdió nada: las versiones sustituidas están en el historial de cada registro, y Archivo &gt; Deshacer la última importación deshace toda la importación.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChartView</name>
    <message>
        <source>Nothing to chart: no use case has a score.</source>
        <translation>Nada que representar: ningún caso de uso tiene puntuación.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableDelegate</name>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Space ticks or unticks; Enter keeps the choice</source>
        <translation>Espacio marca o desmarca; Intro mantiene la elección</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Remove Rows</source>
        <translation>Quitar filas</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1 adds a row, %2 removes the selected ones, %3 and %4 move one</source>
        <translation>%1 añade una fila, %2 quita las seleccionadas, %3 y %4 mueven una</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableModel</name>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices</source>
        <translation>«%1» no es una de las opciones</translation>
    </message>
    <message>
        <source>%1: %2 rows; the limit is %3</source>
        <translation>%1: %2 filas; el límite es %3</translation>
    </message>
    <message>
        <source>%1 row %2, %3: %4</source>
        <translation>%1 fila %2, %3: %4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Press Space to switch between yes, unknown and no</source>
        <translation>Pulse Espacio para cambiar entre sí, desconocido y no</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ColumnMappingModel</name>
    <message>
        <source>(no header)</source>
        <translation>(sin encabezado)</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(omitir)</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>(elija un campo)</translation>
    </message>
    <message>
        <source>Another column already fills this field</source>
        <translation>Otra columna ya rellena este campo</translation>
    </message>
    <message>
        <source>Not mapped: choose a field or leave it out</source>
        <translation>Sin asignar: elija un campo u omítala</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Elegida</translation>
    </message>
    <message>
        <source>Left out (no header)</source>
        <translation>Omitida (sin encabezado)</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>Columna de la hoja</translation>
    </message>
    <message>
        <source>Casebook field</source>
        <translation>Campo de Casebook</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CompareActions</name>
    <message>
        <source>&amp;Compare Use Cases...</source>
        <translation>&amp;Comparar casos de uso...</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CompareChooser</name>
    <message>
        <source>Selected use cases</source>
        <translation>Casos de uso seleccionados</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Vista guardada</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>&amp;Use cases:</source>
        <translation>&amp;Casos de uso:</translation>
    </message>
    <message>
        <source>Ru&amp;bric:</source>
        <translation>Rú&amp;brica:</translation>
    </message>
    <message>
        <source>Tag, saved view or search</source>
        <translation>Etiqueta, vista guardada o búsqueda</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Selected in the catalogue: %1</source>
        <translation>Seleccionados en el catálogo: %1</translation>
    </message>
    <message>
        <source>Choose a tag, a saved view or a search first.</source>
        <translation>Elija primero una etiqueta, una vista guardada o una búsqueda.</translation>
    </message>
    <message>
        <source>Where the 2 to 12 use cases to compare come from</source>
        <translation>De dónde proceden los 2 a 12 casos de uso que se comparan</translation>
    </message>
    <message>
        <source>The tag, saved view or search whose use cases are compared</source>
        <translation>La etiqueta, vista guardada o búsqueda cuyos casos de uso se comparan</translation>
    </message>
    <message>
        <source>The rubric the use cases are compared by: %1</source>
        <translation>La rúbrica con la que se comparan los casos de uso: %1</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CompareWindow</name>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Index Bars</source>
        <translation>Barras de índice</translation>
    </message>
    <message>
        <source>Heat Map</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <source>Field Matrix</source>
        <translation>Matriz de campos</translation>
    </message>
    <message>
        <source>Disagreement First</source>
        <translation>Primero los desacuerdos</translation>
    </message>
    <message>
        <source>Compare Use Cases</source>
        <translation>Comparar casos de uso</translation>
    </message>
    <message>
        <source>Use Cases</source>
        <translation>Casos de uso</translation>
    </message>
    <message>
        <source>What-If Weights</source>
        <translation>Pesos hipotéticos</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>&amp;Export Chart...</source>
        <translation>&amp;Exportar el gráfico...</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Leave Presentation</source>
        <translation>Salir de la presentación</translation>
    </message>
    <message>
        <source>Reveal Scores</source>
        <translation>Revelar las puntuaciones</translation>
    </message>
    <message>
        <source>Next View</source>
        <translation>Vista siguiente</translation>
    </message>
    <message>
        <source>Previous View</source>
        <translation>Vista anterior</translation>
    </message>
    <message>
        <source>Next Use Case</source>
        <translation>Caso de uso siguiente</translation>
    </message>
    <message>
        <source>Previous Use Case</source>
        <translation>Caso de uso anterior</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Save &amp;Workshop...</source>
        <translation>Guardar el &amp;taller...</translation>
    </message>
    <message>
        <source>&amp;Open Workshop...</source>
        <translation>&amp;Abrir un taller...</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>Vista &amp;siguiente</translation>
    </message>
    <message>
        <source>P&amp;revious View</source>
        <translation>Vista a&amp;nterior</translation>
    </message>
    <message>
        <source>Reset &amp;Weights to Rubric</source>
        <translation>Restablecer los &amp;pesos de la rúbrica</translation>
    </message>
    <message>
        <source>&amp;Save Weight Set...</source>
        <translation>&amp;Guardar el conjunto de pesos...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Choose 2 to 12 use cases (the selection, a tag, a saved view or a search) and a rubric, then Compare.</source>
        <translation>Elija de 2 a 12 casos de uso (la selección, una etiqueta, una vista guardada o una búsqueda) y una rúbrica, y luego pulse Comparar.</translation>
    </message>
    <message>
        <source>None of these use cases has been scored with %1 yet.</source>
        <translation>Ninguno de estos casos de uso se ha puntuado todavía con %1.</translation>
    </message>
    <message>
        <source>Use cases compared: %1. Rubric: %2, version %3.</source>
        <translation>Casos de uso comparados: %1. Rúbrica: %2, versión %3.</translation>
    </message>
    <message>
        <source>The scores are hidden. The facilitator reveals them with R.</source>
        <translation>Las puntuaciones están ocultas. El moderador las revela con R.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Overall index (%1)</source>
        <translation>Índice global (%1)</translation>
    </message>
    <message>
        <source>Bar: overall index 0–100 from the per-criterion medians; whisker: the lowest to the highest assessor&apos;s own index.</source>
        <translation>Barra: índice global de 0 a 100 a partir de las medianas por criterio; bigote: del índice propio más bajo al más alto de los evaluadores.</translation>
    </message>
    <message>
        <source>Median level per criterion (%1)</source>
        <translation>Nivel mediano por criterio (%1)</translation>
    </message>
    <message>
        <source>Each cell: the median level of the assessors and, after ↕, the spread (highest − lowest level).</source>
        <translation>Cada celda: el nivel mediano de los evaluadores y, tras ↕, la dispersión (nivel más alto − más bajo).</translation>
    </message>
    <message>
        <source>Dimensions (%1)</source>
        <translation>Dimensiones (%1)</translation>
    </message>
    <message>
        <source>Spokes: subtotals 0–100; one line per use case (the rows selected in the table, at most %1).</source>
        <translation>Radios: subtotales de 0 a 100; una línea por caso de uso (las filas seleccionadas en la tabla, %1 como máximo).</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <source>This view has no chart to export.</source>
        <translation>Esta vista no tiene ningún gráfico que exportar.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1 pixels wide</source>
        <translation>%1 píxeles de ancho</translation>
    </message>
    <message>
        <source>Resolution of the PNG:</source>
        <translation>Resolución del PNG:</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>Gráfico escrito en %1</translation>
    </message>
    <message>
        <source>Compare 2 to 12 use cases before saving them as a workshop.</source>
        <translation>Compare de 2 a 12 casos de uso antes de guardarlos como taller.</translation>
    </message>
    <message>
        <source>Save Workshop</source>
        <translation>Guardar el taller</translation>
    </message>
    <message>
        <source>Name of the workshop:</source>
        <translation>Nombre del taller:</translation>
    </message>
    <message>
        <source>Workshop %1 saved.</source>
        <translation>Se guardó el taller %1.</translation>
    </message>
    <message>
        <source>Open Workshop</source>
        <translation>Abrir un taller</translation>
    </message>
    <message>
        <source>No workshop is saved in this repository yet.</source>
        <translation>Todavía no hay ningún taller guardado en este repositorio.</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Taller:</translation>
    </message>
    <message>
        <source>Workshop %1 - Compare Use Cases</source>
        <translation>Taller %1 - Comparar casos de uso</translation>
    </message>
    <message>
        <source>R reveals the scores · Left and Right change the view · Up and Down go through the use cases · Esc ends the presentation</source>
        <translation>R revela las puntuaciones · Izquierda y Derecha cambian la vista · Arriba y Abajo recorren los casos de uso · Esc termina la presentación</translation>
    </message>
    <message>
        <source>The use cases by rank; a column&apos;s header sorts by it</source>
        <translation>Los casos de uso por puesto; el encabezado de una columna ordena por ella</translation>
    </message>
    <message>
        <source>The ranking&apos;s figures, drawn as bars in the chart</source>
        <translation>Las cifras de la clasificación, dibujadas como barras en el gráfico</translation>
    </message>
    <message>
        <source>Each criterion&apos;s level per use case, as the heat map shows</source>
        <translation>El nivel de cada criterio por caso de uso, como lo muestra el mapa de calor</translation>
    </message>
    <message>
        <source>Each dimension per use case; select rows to draw only those</source>
        <translation>Cada dimensión por caso de uso; seleccione filas para dibujar solo esas</translation>
    </message>
    <message>
        <source>The use cases&apos; facts side by side, and whether they differ</source>
        <translation>Los datos de los casos de uso lado a lado, y si difieren</translation>
    </message>
    <message>
        <source>The criteria the assessors disagree on most come first</source>
        <translation>Los criterios en los que los evaluadores más discrepan aparecen primero</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CountryContextEditor</name>
    <message>
        <source>List the countries of the deployment above to give each its context.</source>
        <translation>Indique arriba los países del despliegue para dar a cada uno su contexto.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>The use case as a whole:</source>
        <translation>El caso de uso en su conjunto:</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>The development context of what is named beside it</source>
        <translation>El contexto de desarrollo de lo que se nombra a su lado</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CoverPageForm</name>
    <message>
        <source>e.g. Q2/20</source>
        <translation>p. ej., Q2/20</translation>
    </message>
    <message>
        <source>e.g. Study Group 20</source>
        <translation>p. ej., Comisión de Estudio 20</translation>
    </message>
    <message>
        <source>Place and date, e.g. Geneva, 3-12 March 2027</source>
        <translation>Lugar y fecha, p. ej., Ginebra, 3-12 de marzo de 2027</translation>
    </message>
    <message>
        <source>Discussion, Information or Proposal</source>
        <translation>Debate, Información o Propuesta</translation>
    </message>
    <message>
        <source>&amp;Question(s):</source>
        <translation>&amp;Cuestión(es):</translation>
    </message>
    <message>
        <source>Study &amp;group:</source>
        <translation>Comisión de &amp;Estudio:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nombre del contacto:</translation>
    </message>
    <message>
        <source>Contact &amp;organization:</source>
        <translation>&amp;Organización del contacto:</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>&amp;Correo-e del contacto:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>Palabras &amp;clave:</translation>
    </message>
    <message>
        <source>&amp;Abstract:</source>
        <translation>Res&amp;umen:</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CsvImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importar una hoja de cálculo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Choose the sheet</source>
        <translation>Elija la hoja</translation>
    </message>
    <message>
        <source>A CSV file with a header row, as Excel or LibreOffice save it: comma or semicolon separated, UTF-8 or UTF-16.</source>
        <translation>Un archivo CSV con una fila de encabezado, como lo guardan Excel o LibreOffice: separado por comas o puntos y comas, en UTF-8 o UTF-16.</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>Ruta de un archivo .csv o .txt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Asigne las columnas</translation>
    </message>
    <message>
        <source>Recognised headers already have a field. Choose one for the others, or leave them out.</source>
        <translation>Los encabezados reconocidos ya tienen un campo. Elija uno para los demás u omítalos.</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>Cargar correspondencia…</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Guardar correspondencia…</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Compruebe las filas</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with problems are marked with their line in the file; nothing is imported while one remains.</source>
        <translation>Las primeras filas tal como se guardarán. Las filas con problemas se marcan con su línea en el archivo; no se importa nada mientras quede alguna.</translation>
    </message>
    <message>
        <source>&amp;Use the suggested values where a cell is close to a known one</source>
        <translation>&amp;Usar los valores sugeridos cuando una celda se parezca a uno conocido</translation>
    </message>
    <message>
        <source>What the import will do. A copy of the repository is kept first, and every record is written at once, or none is.</source>
        <translation>Lo que hará la importación. Primero se guarda una copia del repositorio, y todos los registros se escriben a la vez, o ninguno.</translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import.</source>
        <translation>%1 tiene encabezado, pero ninguna fila que importar.</translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>Cargar una correspondencia de columnas</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Correspondencias (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Guardar la correspondencia de columnas</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <source>Every column has a field or is left out.</source>
        <translation>Cada columna tiene un campo o está omitida.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) need a decision: choose a field or &quot;(leave out)&quot;.</source>
        <translation>
            <numerusform>%n columna necesita una decisión: elija un campo o «(omitir)».</numerusform>
            <numerusform>%n columnas necesitan una decisión: elija un campo o «(omitir)».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n fila lista para importar.</numerusform>
            <numerusform>%n filas listas para importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to solve before importing: correct the sheet and open it again, or change the mapping.</source>
        <translation>
            <numerusform>%n problema que resolver antes de importar: corrija la hoja y vuelva a abrirla, o cambie la correspondencia.</numerusform>
            <numerusform>%n problemas que resolver antes de importar: corrija la hoja y vuelva a abrirla, o cambie la correspondencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some values are only close to known ones: tick the box below to use the suggestions.</source>
        <translation>Algunos valores solo se parecen a valores conocidos: marque la casilla de abajo para usar las sugerencias.</translation>
    </message>
    <message>
        <source>The table shows the first %1 rows.</source>
        <translation>La tabla muestra las primeras %1 filas.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n use case(s) will be written.</source>
        <translation>
            <numerusform>%1. Se escribirá %n caso de uso.</numerusform>
            <numerusform>%1. Se escribirán %n casos de uso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets and JSON (*.csv *.txt *.tsv *.json);;All files (*)</source>
        <translation>Hojas de cálculo y JSON (*.csv *.txt *.tsv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is a Casebook bundle: import it with File &gt; Import.</source>
        <translation>%1 es un paquete de Casebook: impórtelo con Archivo &gt; Importar.</translation>
    </message>
    <message>
        <source>%1 is IEC 62559-3 XML: import it with File &gt; Import.</source>
        <translation>%1 es XML IEC 62559-3: impórtelo con Archivo &gt; Importar.</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) in JSON.</source>
        <translation>
            <numerusform>%n caso de uso en JSON.</numerusform>
            <numerusform>%n casos de uso en JSON.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>The character between the columns of the spreadsheet</source>
        <translation>El carácter que separa las columnas de la hoja de cálculo</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExchangeActions</name>
    <message>
        <source>&amp;Spreadsheet, JSON or XML...</source>
        <translation>&amp;Hoja de cálculo, JSON o XML...</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n use case(s) to %1.</source>
        <translation>
            <numerusform>Se escribió %n caso de uso en %1.</numerusform>
            <numerusform>Se escribieron %n casos de uso en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to export them).</source>
        <translation>
            <numerusform>Se excluyó %n caso de uso restringido (marque «Incluir casos de uso restringidos» para exportarlo).</numerusform>
            <numerusform>Se excluyeron %n casos de uso restringidos (marque «Incluir casos de uso restringidos» para exportarlos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportBundleDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Qué incluir</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Todo</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected use cases (%n)</source>
        <translation>
            <numerusform>El caso de uso &amp;seleccionado (%n)</numerusform>
            <numerusform>Los casos de uso &amp;seleccionados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Use cases with the &amp;tag</source>
        <translation>Casos de uso con la e&amp;tiqueta</translation>
    </message>
    <message>
        <source>e.g. sdo/ITU-T</source>
        <translation>p. ej., sdo/ITU-T</translation>
    </message>
    <message>
        <source>Use cases matching the se&amp;arch</source>
        <translation>Casos de uso que coinciden con la bús&amp;queda</translation>
    </message>
    <message>
        <source>e.g. &quot;smart meter&quot; region:Africa</source>
        <translation>p. ej., &quot;smart meter&quot; region:Africa</translation>
    </message>
    <message>
        <source>What changed si&amp;nce</source>
        <translation>Lo que cambió des&amp;de</translation>
    </message>
    <message>
        <source>Include &amp;attachments (uncheck for a smaller &quot;lean&quot; bundle)</source>
        <translation>Incluir los &amp;adjuntos (desmarque para un paquete «ligero» más pequeño)</translation>
    </message>
    <message>
        <source>&amp;Save bundle...</source>
        <translation>&amp;Guardar el paquete...</translation>
    </message>
    <message>
        <source>Share by e&amp;mail...</source>
        <translation>Compartir por co&amp;rreo...</translation>
    </message>
    <message>
        <source>Above 20 MB: many mail servers refuse attachments this large. Leave the attachments out or choose fewer use cases.</source>
        <translation>Más de 20 MB: muchos servidores de correo rechazan adjuntos tan grandes. Deje fuera los adjuntos o elija menos casos de uso.</translation>
    </message>
    <message>
        <source>Include rest&amp;ricted use cases</source>
        <translation>Incluir casos de uso &amp;restringidos</translation>
    </message>
    <message>
        <source>Use cases whose sharing level is restricted are left out unless you check this, even when you selected them.</source>
        <translation>Los casos de uso con nivel de uso compartido restringido se excluyen, aunque los haya seleccionado, salvo que marque esta casilla.</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 y %3</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n caso de uso</numerusform>
            <numerusform>%n casos de uso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n evaluación</numerusform>
            <numerusform>%n evaluaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n adjunto</numerusform>
            <numerusform>%n adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: about %2.</source>
        <translation>%1: unos %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to share them.</source>
        <translation>
            <numerusform>Se excluyó %n caso de uso restringido; marque «Incluir casos de uso restringidos» para compartirlo.</numerusform>
            <numerusform>Se excluyeron %n casos de uso restringidos; marque «Incluir casos de uso restringidos» para compartirlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed on or after this day goes in the bundle</source>
        <translation>Lo que cambió en este día o después entra en el paquete</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>Qué escribir</translation>
    </message>
    <message>
        <source>&amp;Use cases as a spreadsheet (CSV, one row each, every field)</source>
        <translation>&amp;Casos de uso como hoja de cálculo (CSV, una fila por caso, todos los campos)</translation>
    </message>
    <message>
        <source>&amp;Scores as a spreadsheet (CSV, a row per criterion and assessor, and a summary per use case)</source>
        <translation>&amp;Puntuaciones como hoja de cálculo (CSV, una fila por criterio y evaluador, y un resumen por caso de uso)</translation>
    </message>
    <message>
        <source>Use cases as &amp;JSON (for scripts)</source>
        <translation>Casos de uso como &amp;JSON (para scripts)</translation>
    </message>
    <message>
        <source>Only those &amp;modified since</source>
        <translation>Solo los &amp;modificados desde</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for Excel in most European languages</source>
        <translation>Punto y coma ( ; ) para Excel en la mayoría de los idiomas europeos</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation>S&amp;eparador:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>use-cases</source>
        <translation>casos-de-uso</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation>Hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) will be exported.</source>
        <translation>
            <numerusform>Se exportará %n caso de uso.</numerusform>
            <numerusform>Se exportarán %n casos de uso.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Use cases as IEC 62559-3 &amp;XML (for use-case tools)</source>
        <translation>Casos de uso como &amp;XML IEC 62559-3 (para herramientas de casos de uso)</translation>
    </message>
    <message>
        <source>IEC 62559-3 XML (*.xml)</source>
        <translation>XML IEC 62559-3 (*.xml)</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to export them.</source>
        <translation>
            <numerusform>Se excluyó %n caso de uso restringido; marque «Incluir casos de uso restringidos» para exportarlo.</numerusform>
            <numerusform>Se excluyeron %n casos de uso restringidos; marque «Incluir casos de uso restringidos» para exportarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Use cases modified on or after this day</source>
        <translation>Casos de uso modificados en este día o después</translation>
    </message>
    <message>
        <source>The character between the columns of the spreadsheet</source>
        <translation>El carácter que separa las columnas de la hoja de cálculo</translation>
    </message>
    <message>
        <source>The file to write: type its path or choose it with Browse…</source>
        <translation>El archivo que se escribirá: escriba su ruta o elíjalo con Examinar…</translation>
    </message>
</context>
<context>
    <name>casebook::ui::FacetSidebar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>None yet: View &gt; Save Current View</source>
        <translation>Ninguna todavía: Ver &gt; Guardar la vista actual</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Sectores verticales</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Objetivos de Desarrollo Sostenible</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>Contexto de desarrollo</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Fase de despliegue</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Estado de aprobación</translation>
    </message>
    <message>
        <source>&amp;Rename Tag &quot;%1&quot;...</source>
        <translation>Cambiar el nombre de la e&amp;tiqueta «%1»...</translation>
    </message>
    <message>
        <source>&amp;Merge &quot;%1&quot; Into...</source>
        <translation>&amp;Combinar «%1» en...</translation>
    </message>
    <message>
        <source>Set &amp;Colour...</source>
        <translation>Definir el &amp;color...</translation>
    </message>
    <message>
        <source>Delete View &quot;%1&quot;</source>
        <translation>Eliminar la vista «%1»</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>Regiones del UIT-D</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The counts are not available: %1</source>
        <translation>Los recuentos no están disponibles: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Space ticks a value to filter the list; Enter opens a saved view</source>
        <translation>Espacio marca un valor para filtrar la lista; Intro abre una vista guardada</translation>
    </message>
</context>
<context>
    <name>casebook::ui::FieldComboDelegate</name>
    <message>
        <source>Field for column %1</source>
        <translation>Campo de la columna %1</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>(elija un campo)</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(omitir)</translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterDock</name>
    <message>
        <source>Gap Register</source>
        <translation>Registro de brechas</translation>
    </message>
    <message>
        <source>&amp;Gap Register</source>
        <translation>Registro de &amp;brechas</translation>
    </message>
    <message>
        <source>Every standardization gap of the use cases matching the search</source>
        <translation>Todas las brechas de normalización de los casos de uso que coinciden con la búsqueda</translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterModel</name>
    <message>
        <source>No facet</source>
        <translation>Sin faceta</translation>
    </message>
    <message>
        <source>No candidate SDO</source>
        <translation>Sin organismo de normalización candidato</translation>
    </message>
    <message>
        <source>No Question</source>
        <translation>Sin Cuestión</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sin estado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no candidate SDO</source>
        <translation>sin organismo de normalización candidato</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: raised by %n use case(s) (%3)</source>
        <translation>
            <numerusform>%1, %2: planteada por %n caso de uso (%3)</numerusform>
            <numerusform>%1, %2: planteada por %n casos de uso (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Faceta</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>Organismo de normalización candidato</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cuestión</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterView</name>
    <message>
        <source>Facet</source>
        <translation>Faceta</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>Organismo de normalización candidato</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cuestión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Shared by several use cases</source>
        <translation>Compartidas por varios casos de uso</translation>
    </message>
    <message>
        <source>Group b&amp;y:</source>
        <translation>Agrupar p&amp;or:</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Brechas de normalización</translation>
    </message>
    <message>
        <source>Reading the gaps…</source>
        <translation>Leyendo las brechas…</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n brecha</numerusform>
            <numerusform>%n brechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n caso de uso</numerusform>
            <numerusform>%n casos de uso</numerusform>
        </translation>
    </message>
    <message>
        <source>No standardization gaps in the use cases matching this search.

Clear the search to see every gap of the repository.</source>
        <translation>No hay brechas de normalización en los casos de uso que coinciden con esta búsqueda.

Borre la búsqueda para ver todas las brechas del repositorio.</translation>
    </message>
    <message>
        <source>No standardization gaps in these use cases yet.

To add one, select a use case, open its &quot;Outcomes and gaps&quot; section and add a row under Standardization gaps.</source>
        <translation>Aún no hay brechas de normalización en estos casos de uso.

Para añadir una, seleccione un caso de uso, abra su sección «Resultados y brechas» y añada una fila en Brechas de normalización.</translation>
    </message>
    <message>
        <source>No gap is raised by more than one of these use cases.

Gaps count as shared when they have the same facet and candidate SDO and similar words.</source>
        <translation>Ninguna brecha la plantea más de uno de estos casos de uso.

Las brechas se consideran compartidas cuando tienen la misma faceta, el mismo organismo de normalización candidato y palabras similares.</translation>
    </message>
    <message>
        <source>How the gaps below are grouped</source>
        <translation>Cómo se agrupan las brechas de abajo</translation>
    </message>
    <message>
        <source>Enter opens a gap&apos;s use case, or opens and closes a group</source>
        <translation>Intro abre el caso de uso de una brecha, o abre y cierra un grupo</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPlanModel</name>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Stays deleted</source>
        <translation>Sigue eliminado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nada que hacer</translation>
    </message>
    <message>
        <source>Tags added</source>
        <translation>Etiquetas añadidas</translation>
    </message>
    <message>
        <source>Kept, and the sheet&apos;s version added as a copy</source>
        <translation>Conservado, y la versión de la hoja añadida como copia</translation>
    </message>
    <message>
        <source>Kept as it is here</source>
        <translation>Conservado tal como está aquí</translation>
    </message>
    <message>
        <source>Kept, tags added</source>
        <translation>Conservado, etiquetas añadidas</translation>
    </message>
    <message>
        <source>Updated from the sheet</source>
        <translation>Actualizado desde la hoja</translation>
    </message>
    <message>
        <source>(new code)</source>
        <translation>(código nuevo)</translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation>Difiere en: %1</translation>
    </message>
    <message>
        <source>New tags: %1</source>
        <translation>Etiquetas nuevas: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Kept, and the bundle&apos;s version added as a copy</source>
        <translation>Conservado, y la versión del paquete añadida como copia</translation>
    </message>
    <message>
        <source>Replaced by the bundle&apos;s version</source>
        <translation>Sustituido por la versión del paquete</translation>
    </message>
    <message>
        <source>Updated from the bundle</source>
        <translation>Actualizado desde el paquete</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged: %1 from the sheet, %2 kept</source>
        <translation>Combinado: %1 desde la hoja, %2 conservados</translation>
    </message>
    <message>
        <source>Merged: %1 from the bundle, %2 kept</source>
        <translation>Combinado: %1 desde el paquete, %2 conservados</translation>
    </message>
    <message>
        <source>Score for criterion %1</source>
        <translation>Puntuación del criterio %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Keep deleted</source>
        <translation>Mantener eliminado</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <source>Delete here too</source>
        <translation>Eliminar también aquí</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar el suyo</translation>
    </message>
    <message>
        <source>Keep both (add theirs as a copy)</source>
        <translation>Conservar ambos (añadir el suyo como copia)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Round scores</source>
        <translation>Puntuaciones de ronda</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPlanView</name>
    <message>
        <source>For &amp;conflicts:</source>
        <translation>En caso de &amp;conflicto:</translation>
    </message>
    <message>
        <source>Keep mine: keep what is here</source>
        <translation>Conservar el mío: mantener lo que hay aquí</translation>
    </message>
    <message>
        <source>Take theirs: use the incoming values</source>
        <translation>Tomar el suyo: usar los valores entrantes</translation>
    </message>
    <message>
        <source>Newest: the later modification wins</source>
        <translation>El más reciente: gana la última modificación</translation>
    </message>
    <message>
        <source>How a conflict left on Automatic is settled</source>
        <translation>Cómo se resuelve un conflicto que se deja en Automático</translation>
    </message>
    <message>
        <source>Records to import</source>
        <translation>Registros que importar</translation>
    </message>
    <message>
        <source>The fields of the record chosen here show below</source>
        <translation>Los campos del registro elegido aquí se muestran abajo</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>an unnamed member</source>
        <translation>un miembro sin nombre</translation>
    </message>
    <message>
        <source>Bundle from %1, made %2 with Casebook %3.</source>
        <translation>Paquete de %1, creado el %2 con Casebook %3.</translation>
    </message>
    <message>
        <source>You imported this bundle before, on %1.</source>
        <translation>Ya importó este paquete el %1.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>IEC 62559-3 use-case repository &quot;%1&quot;.</source>
        <translation>Repositorio de casos de uso IEC 62559-3 «%1».</translation>
    </message>
    <message>
        <source>Changes from the team repository %1 that meet your own.</source>
        <translation>Cambios del repositorio del equipo %1 que coinciden con los suyos.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problemas y notas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
</context>
<context>
    <name>casebook::ui::KpiSection</name>
    <message>
        <source>Date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>Fecha (AAAA, AAAA-MM o AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Measurements of the selected KPI:</source>
        <translation>&amp;Mediciones del KPI seleccionado:</translation>
    </message>
    <message>
        <source>No dated measurements yet: add one per date, oldest first.</source>
        <translation>Aún no hay mediciones con fecha: añada una por fecha, de la más antigua a la más reciente.</translation>
    </message>
    <message>
        <source>Measured over time:</source>
        <translation>Medido a lo largo del tiempo:</translation>
    </message>
    <message>
        <source>Select a KPI to see its measurements.</source>
        <translation>Seleccione un KPI para ver sus mediciones.</translation>
    </message>
    <message>
        <source>No dated measurements for this KPI.</source>
        <translation>No hay mediciones con fecha para este KPI.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::MainWindow</name>
    <message>
        <source>Search use cases</source>
        <translation>Buscar casos de uso</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>&amp;Acerca de Casebook</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>Acerca de Casebook</translation>
    </message>
    <message>
        <source>Casebook %1

A catalogue of IoT and smart-city use cases for interoperability and standardization work.

Repository: %2</source>
        <translation>Casebook %1

Un catálogo de casos de uso de IoT y ciudades inteligentes para el trabajo de interoperabilidad y normalización.

Repositorio: %2</translation>
    </message>
    <message>
        <source>%1 - Casebook</source>
        <translation>%1 - Casebook</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n caso de uso</numerusform>
            <numerusform>%n casos de uso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n use case(s) match</source>
        <translation>
            <numerusform>%1 de %n caso de uso coinciden</numerusform>
            <numerusform>%1 de %n casos de uso coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>The repository is damaged</source>
        <translation>El repositorio está dañado</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Entendido</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Select a use case to see and edit it.</source>
        <translation>Seleccione un caso de uso para verlo y editarlo.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Eliminar la vista</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation>¿Eliminar la vista guardada «%1»?</translation>
    </message>
    <message>
        <source>Cannot delete the view</source>
        <translation>No se puede eliminar la vista</translation>
    </message>
    <message>
        <source>&amp;Import Bundle or Spreadsheet...</source>
        <translation>&amp;Importar un paquete o una hoja de cálculo...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Save Use Case</source>
        <translation>&amp;Guardar el caso de uso</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>Re&amp;vertir los cambios</translation>
    </message>
    <message>
        <source>&amp;New Use Case...</source>
        <translation>&amp;Nuevo caso de uso...</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;Puntuación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Save Current View...</source>
        <translation>&amp;Guardar la vista actual...</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>&amp;Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>C&amp;olumnas</translation>
    </message>
    <message>
        <source>&amp;Editor Sections</source>
        <translation>&amp;Secciones del editor</translation>
    </message>
    <message>
        <source>Show &amp;Filters</source>
        <translation>Mostrar los &amp;filtros</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>This repository has no use cases yet.

Press Ctrl+N to record one, or import a bundle or a spreadsheet from the File menu.</source>
        <translation>Este repositorio aún no tiene casos de uso.

Pulse Ctrl+N para registrar uno o importe un paquete o una hoja de cálculo desde el menú Archivo.</translation>
    </message>
    <message>
        <source>No use case matches &quot;%1&quot;.

Try fewer words, a shorter prefix with *, or remove a filter (Esc clears the search).</source>
        <translation>Ningún caso de uso coincide con «%1».

Pruebe con menos palabras, un prefijo más corto con * o quite un filtro (Esc borra la búsqueda).</translation>
    </message>
    <message>
        <source>Cannot save the use case</source>
        <translation>No se puede guardar el caso de uso</translation>
    </message>
    <message>
        <source>Undo or redo failed</source>
        <translation>No se pudo deshacer ni rehacer</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>New Use Case</source>
        <translation>Nuevo caso de uso</translation>
    </message>
    <message>
        <source>Title of the new use case:</source>
        <translation>Título del nuevo caso de uso:</translation>
    </message>
    <message>
        <source>New use case &quot;%1&quot;</source>
        <translation>Nuevo caso de uso «%1»</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>No se puede duplicar</translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>Duplicar «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n use case(s)</source>
        <translation>
            <numerusform>Eliminar %n caso de uso</numerusform>
            <numerusform>Eliminar %n casos de uso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n use case(s). Undo with %1.</source>
        <translation>
            <numerusform>Se eliminó %n caso de uso. Deshaga con %1.</numerusform>
            <numerusform>Se eliminaron %n casos de uso. Deshaga con %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a search or choose filters first; a view saves them under a name.</source>
        <translation>Escriba primero una búsqueda o elija filtros; una vista los guarda con un nombre.</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Guardar la vista</translation>
    </message>
    <message>
        <source>Name of the view for &quot;%1&quot;:</source>
        <translation>Nombre de la vista para «%1»:</translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation>No se puede guardar la vista</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>Se guardó la vista «%1».</translation>
    </message>
    <message>
        <source>Do not add to it: restore the newest backup, or export what you can.</source>
        <translation>No añada nada: restaure la copia de seguridad más reciente o exporte lo que pueda.</translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, prefix*, tag:open-data, vertical:energy, sdg:11, region:Africa, stage:pilot</source>
        <translation>Búsqueda: palabras, &quot;frases&quot;, prefijo*, tag:open-data, vertical:energy, sdg:11, region:Africa, stage:pilot</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Casos de uso</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>¿Guardar los cambios de «%1»?</translation>
    </message>
    <message>
        <source>The use case chosen here shows in the editor</source>
        <translation>El caso de uso elegido aquí se muestra en el editor</translation>
    </message>
    <message>
        <source>&amp;Repository</source>
        <translation>&amp;Repositorio</translation>
    </message>
    <message>
        <source>Imported %1. File &gt; Take Back Last Import undoes it.</source>
        <translation>Se importó %1. Para deshacer la importación, use Archivo &gt; Deshacer la última importación.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::PasswordDialog</name>
    <message>
        <source>Team Repository Password</source>
        <translation>Contraseña del repositorio del equipo</translation>
    </message>
    <message>
        <source>The team repository refused the password. Password for %1:</source>
        <translation>El repositorio del equipo rechazó la contraseña. Contraseña para %1:</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña para %1:</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>casebook::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Recorded as the editor of your changes and as assessor</source>
        <translation>Se registra como autor de sus cambios y como evaluador</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo-e:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>A new language applies the next time Casebook starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Casebook.</translation>
    </message>
    <message>
        <source>&amp;User interface:</source>
        <translation>&amp;Interfaz de usuario:</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>&amp;Default repository:</source>
        <translation>Repositorio &amp;predeterminado:</translation>
    </message>
    <message>
        <source>Default Repository</source>
        <translation>Repositorio predeterminado</translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite)</source>
        <translation>Repositorios de Casebook (*.sqlite)</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>No es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Assessor identity:</source>
        <translation>Identidad de ev&amp;aluador:</translation>
    </message>
    <message>
        <source>Your scores are kept under this identity. To score as the same person with casebook-cli, set CASEBOOK_ASSESSOR_ID to it.</source>
        <translation>Sus puntuaciones se guardan con esta identidad. Para puntuar como la misma persona con casebook-cli, asigne este valor a CASEBOOK_ASSESSOR_ID.</translation>
    </message>
    <message>
        <source>Put on the cover of the reports you write</source>
        <translation>Aparece en la portada de los informes que escriba</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecordChoiceDelegate</name>
    <message>
        <source>Choice for %1</source>
        <translation>Elección para %1</translation>
    </message>
    <message>
        <source>What the import does with this record</source>
        <translation>Lo que hace la importación con este registro</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecordDetails</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>changed there</source>
        <translation>cambiado allí</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>cambiado aquí</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>El mío</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>El suyo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Everything in this sheet is already here.</source>
        <translation>Todo lo de esta hoja ya está aquí.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here.</source>
        <translation>Todo lo de este paquete ya está aquí.</translation>
    </message>
    <message>
        <source>Tags added: %1</source>
        <translation>Etiquetas añadidas: %1</translation>
    </message>
    <message>
        <source>New here: it will be added.</source>
        <translation>Nuevo aquí: se añadirá.</translation>
    </message>
    <message>
        <source>Use for %1</source>
        <translation>Usar para %1</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Campos que difieren</translation>
    </message>
    <message>
        <source>Each differing field: mine, theirs, and which one to use</source>
        <translation>Cada campo que difiere: el mío, el suyo y cuál usar</translation>
    </message>
    <message>
        <source>Which value the field keeps: mine or theirs</source>
        <translation>Qué valor conserva el campo: el mío o el suyo</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ReportActions</name>
    <message>
        <source>&amp;Report...</source>
        <translation>&amp;Informe...</translation>
    </message>
    <message>
        <source>Use cases and standardization gaps</source>
        <translation>Casos de uso y brechas de normalización</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report of %n use case(s) to %1.</source>
        <translation>
            <numerusform>Se escribió un informe de %n caso de uso en %1.</numerusform>
            <numerusform>Se escribió un informe de %n casos de uso en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to report them).</source>
        <translation>
            <numerusform>Se excluyó %n caso de uso restringido (marque «Incluir casos de uso restringidos» para incluirlo en el informe).</numerusform>
            <numerusform>Se excluyeron %n casos de uso restringidos (marque «Incluir casos de uso restringidos» para incluirlos en el informe).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Informe escrito</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>Co&amp;ver page</source>
        <translation>&amp;Portada</translation>
    </message>
    <message>
        <source>&amp;Write Report</source>
        <translation>&amp;Escribir el informe</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribucion</translation>
    </message>
    <message>
        <source>PDF (to print or send)</source>
        <translation>PDF (para imprimir o enviar)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT, for Word or LibreOffice)</source>
        <translation>Texto OpenDocument (ODT, para Word o LibreOffice)</translation>
    </message>
    <message>
        <source>Web page (HTML, one file)</source>
        <translation>Página web (HTML, un solo archivo)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>R&amp;ubric:</source>
        <translation>&amp;Rúbrica:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Tamaño de &amp;página:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Arch&amp;ivo:</translation>
    </message>
    <message>
        <source>The one most use cases were assessed against</source>
        <translation>La que se usó para evaluar la mayoría de los casos de uso</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texto OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Páginas web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Write the report to</source>
        <translation>Escribir el informe en</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) will be in the report.</source>
        <translation>
            <numerusform>El informe incluirá %n caso de uso.</numerusform>
            <numerusform>El informe incluirá %n casos de uso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to report them.</source>
        <translation>
            <numerusform>Se excluyó %n caso de uso restringido; marque «Incluir casos de uso restringidos» para incluirlo en el informe.</numerusform>
            <numerusform>Se excluyeron %n casos de uso restringidos; marque «Incluir casos de uso restringidos» para incluirlos en el informe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report failed</source>
        <translation>El informe falló</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>The rubric whose scores the report shows</source>
        <translation>La rúbrica cuyas puntuaciones muestra el informe</translation>
    </message>
    <message>
        <source>The kind of file the report is written as</source>
        <translation>El tipo de archivo en que se escribe el informe</translation>
    </message>
    <message>
        <source>The paper size of a PDF or ODT report</source>
        <translation>El tamaño de papel de un informe PDF u ODT</translation>
    </message>
    <message>
        <source>The file to write: type its path or choose it with Browse…</source>
        <translation>El archivo que se escribirá: escriba su ruta o elíjalo con Examinar…</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RepositoryActions</name>
    <message>
        <source>&amp;New Repository...</source>
        <translation>&amp;Nuevo repositorio...</translation>
    </message>
    <message>
        <source>&amp;Open Repository...</source>
        <translation>&amp;Abrir un repositorio...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation>Abrir un repositorio</translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite);;All files (*)</source>
        <translation>Repositorios de Casebook (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the repository</source>
        <translation>No se puede abrir el repositorio</translation>
    </message>
    <message>
        <source>New Repository</source>
        <translation>Nuevo repositorio</translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite)</source>
        <translation>Repositorios de Casebook (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the repository</source>
        <translation>No se puede crear el repositorio</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 ya existe; elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>No recent repositories</source>
        <translation>No hay repositorios recientes</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RetagCommand</name>
    <message>
        <source>Add tags %1</source>
        <translation>Añadir las etiquetas %1</translation>
    </message>
    <message>
        <source>Remove tags %1</source>
        <translation>Quitar las etiquetas %1</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RoundScoreDialog</name>
    <message>
        <source>Round %1 of %2 — %3</source>
        <translation>Ronda %1 de %2 — %3</translation>
    </message>
    <message>
        <source>Your answers in round %1. An answer that differs from your answer in the round before needs a reason; the other assessors&apos; answers stay hidden until the facilitator reveals the round.</source>
        <translation>Sus respuestas en la ronda %1. Una respuesta distinta de la suya en la ronda anterior necesita un motivo; las respuestas de los demás evaluadores permanecen ocultas hasta que el moderador revele la ronda.</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Reason for a change</source>
        <translation>Motivo de un cambio</translation>
    </message>
    <message>
        <source>Answer for %1 of %2</source>
        <translation>Respuesta para %1 de %2</translation>
    </message>
    <message>
        <source>Reason for %1 of %2</source>
        <translation>Motivo para %1 de %2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Sus respuestas</translation>
    </message>
    <message>
        <source>Needed when the answer changes from the round before</source>
        <translation>Obligatorio cuando la respuesta cambia respecto de la ronda anterior</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RoundsPanel</name>
    <message>
        <source>open: each assessor sees only their own scores</source>
        <translation>abierta: cada evaluador solo ve sus propias puntuaciones</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>revelada</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>&amp;Open Round</source>
        <translation>&amp;Abrir la ronda</translation>
    </message>
    <message>
        <source>Re&amp;veal Round</source>
        <translation>Re&amp;velar la ronda</translation>
    </message>
    <message>
        <source>C&amp;lose Round</source>
        <translation>Ce&amp;rrar la ronda</translation>
    </message>
    <message>
        <source>Agreement per criterion, round by round (spread: mean of highest − lowest level; ▲▼: change against the round before):</source>
        <translation>Acuerdo por criterio, ronda a ronda (dispersión: media del nivel más alto − más bajo; ▲▼: cambio respecto de la ronda anterior):</translation>
    </message>
    <message>
        <source>Rounds belong to a workshop: save this comparison as a workshop (Compare &gt; Save Workshop) to run them.</source>
        <translation>Las rondas pertenecen a un taller: guarde esta comparación como taller (Comparar &gt; Guardar el taller) para realizarlas.</translation>
    </message>
    <message>
        <source>Workshop %1 · round %2, %3</source>
        <translation>Taller %1 · ronda %2, %3</translation>
    </message>
    <message>
        <source>Workshop %1 · no round yet: Open Round starts round 1.</source>
        <translation>Taller %1 · todavía no hay rondas: Abrir la ronda inicia la ronda 1.</translation>
    </message>
    <message>
        <source>Round %1 is open: its scores stay hidden until the facilitator reveals the round.</source>
        <translation>La ronda %1 está abierta: sus puntuaciones permanecen ocultas hasta que el moderador la revele.</translation>
    </message>
    <message>
        <source>Round %1, every answer under the assessor&apos;s letter:</source>
        <translation>Ronda %1, cada respuesta con la letra del evaluador:</translation>
    </message>
    <message>
        <source>&amp;Open Next Round</source>
        <translation>&amp;Abrir la ronda siguiente</translation>
    </message>
    <message>
        <source>Open Round</source>
        <translation>Abrir la ronda</translation>
    </message>
    <message>
        <source>Reveal Round</source>
        <translation>Revelar la ronda</translation>
    </message>
    <message>
        <source>Close Round</source>
        <translation>Cerrar la ronda</translation>
    </message>
    <message>
        <source>&amp;Score This Round...</source>
        <translation>&amp;Puntuar esta ronda...</translation>
    </message>
    <message>
        <source>Your answers in the open round, under the name and assessor identity of Preferences</source>
        <translation>Sus respuestas en la ronda abierta, con el nombre y la identidad de evaluador de Preferencias</translation>
    </message>
    <message>
        <source>Score This Round</source>
        <translation>Puntuar esta ronda</translation>
    </message>
    <message>
        <source>Set your name in Preferences before scoring: every answer names its assessor.</source>
        <translation>Escriba su nombre en Preferencias antes de puntuar: cada respuesta indica su evaluador.</translation>
    </message>
    <message>
        <source>Answers of the round</source>
        <translation>Respuestas de la ronda</translation>
    </message>
    <message>
        <source>Every answer under the assessor&apos;s letter, once the round is revealed</source>
        <translation>Cada respuesta con la letra del evaluador, una vez revelada la ronda</translation>
    </message>
    <message>
        <source>Agreement per criterion</source>
        <translation>Acuerdo por criterio</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RubricEditorDialog</name>
    <message>
        <source>Rubrics</source>
        <translation>Rúbricas</translation>
    </message>
    <message>
        <source>&amp;Rubric:</source>
        <translation>&amp;Rúbrica:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Import a rubric</source>
        <translation>Importar una rúbrica</translation>
    </message>
    <message>
        <source>Rubric (*.json)</source>
        <translation>Rúbrica (*.json)</translation>
    </message>
    <message>
        <source>Export the rubric</source>
        <translation>Exportar la rúbrica</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Scale from:</source>
        <translation>&amp;Escala de:</translation>
    </message>
    <message>
        <source>Dimensions and criteria</source>
        <translation>Dimensiones y criterios</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Add &amp;dimension</source>
        <translation>Añadir &amp;dimensión</translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation>Añadir &amp;criterio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Select a dimension or a criterion to edit it.</source>
        <translation>Seleccione una dimensión o un criterio para editarlo.</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identificador:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Criterion ids stay the same in every version of the rubric, so scores can be compared; the id of a stored criterion cannot change.</source>
        <translation>Los identificadores de criterio son los mismos en todas las versiones de la rúbrica, para que las puntuaciones se puedan comparar; el identificador de un criterio guardado no puede cambiar.</translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation>I&amp;dentificador:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Peso:</translation>
    </message>
    <message>
        <source>Level descriptors</source>
        <translation>Descriptores de nivel</translation>
    </message>
    <message>
        <source>Normalise to &amp;100</source>
        <translation>Normalizar a &amp;100</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>New rubric (not saved yet)</source>
        <translation>Nueva rúbrica (aún sin guardar)</translation>
    </message>
    <message>
        <source>New rubric</source>
        <translation>Nueva rúbrica</translation>
    </message>
    <message>
        <source>First dimension</source>
        <translation>Primera dimensión</translation>
    </message>
    <message>
        <source>First criterion</source>
        <translation>Primer criterio</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Level %1 — %2</source>
        <translation>Nivel %1 — %2</translation>
    </message>
    <message>
        <source>Total weight: %1. Each criterion counts by its share of the total; normalising makes the total 100.</source>
        <translation>Peso total: %1. Cada criterio cuenta según su parte del total; normalizar hace que el total sea 100.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new rubric: saving stores version 1.</source>
        <translation>Una rúbrica nueva: al guardar se crea la versión 1.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, used by %n assessment(s): saving a change makes a new version and leaves these assessments with version %1.</source>
        <translation>
            <numerusform>Versión %1, usada por %n evaluación: guardar un cambio crea una versión nueva y deja esa evaluación con la versión %1.</numerusform>
            <numerusform>Versión %1, usada por %n evaluaciones: guardar un cambio crea una versión nueva y deja esas evaluaciones con la versión %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of the rubric that ships with Casebook: saving a change makes a new version.</source>
        <translation>Versión %1 de la rúbrica incluida con Casebook: guardar un cambio crea una versión nueva.</translation>
    </message>
    <message>
        <source>Version %1, not used by any assessment yet: saving changes it in place.</source>
        <translation>Versión %1, aún sin usar en ninguna evaluación: al guardar se modifica directamente.</translation>
    </message>
    <message>
        <source>Rubrics — %1%2</source>
        <translation>Rúbricas — %1%2</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>Nueva dimensión</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nuevo criterio</translation>
    </message>
    <message>
        <source>Also removed the warning: %1</source>
        <translation>También se quitó el aviso: %1</translation>
    </message>
    <message>
        <source>Give at least one criterion a weight above 0 first.</source>
        <translation>Primero dé a al menos un criterio un peso mayor que 0.</translation>
    </message>
    <message>
        <source>Weights now add up to 100.</source>
        <translation>Ahora los pesos suman 100.</translation>
    </message>
    <message>
        <source>The rubric cannot be saved yet: %1</source>
        <translation>Todavía no se puede guardar la rúbrica: %1</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nada que guardar.</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Guardar como versión nueva</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of &quot;%2&quot; is used by %n assessment(s). Saving makes a new version; those assessments stay with version %1, unchanged.</source>
        <translation>
            <numerusform>La versión %1 de «%2» la usa %n evaluación. Al guardar se crea una versión nueva; esa evaluación se queda con la versión %1, sin cambios.</numerusform>
            <numerusform>La versión %1 de «%2» la usan %n evaluaciones. Al guardar se crea una versión nueva; esas evaluaciones se quedan con la versión %1, sin cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message numerus="yes">
        <source>Saved as version %1. Version %2 and its %n assessment(s) are unchanged.</source>
        <translation>
            <numerusform>Guardado como versión %1. La versión %2 y su %n evaluación no cambian.</numerusform>
            <numerusform>Guardado como versión %1. La versión %2 y sus %n evaluaciones no cambian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Se guardó la versión %1.</translation>
    </message>
    <message>
        <source>Saved the new rubric as version %1.</source>
        <translation>Se guardó la nueva rúbrica como versión %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This version was already stored; nothing changed.</source>
        <translation>Esta versión ya estaba guardada; no cambió nada.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; version %2.</source>
        <translation>Se importó «%1» versión %2.</translation>
    </message>
    <message>
        <source>Save the rubric before exporting it.</source>
        <translation>Guarde la rúbrica antes de exportarla.</translation>
    </message>
    <message>
        <source>Exported version %1 to %2.</source>
        <translation>Se exportó la versión %1 a %2.</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;?</source>
        <translation>¿Guardar sus cambios en «%1»?</translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation>Escalar a</translation>
    </message>
    <message>
        <source>The rubric to edit, in its latest version</source>
        <translation>La rúbrica que se va a editar, en su versión más reciente</translation>
    </message>
    <message>
        <source>The name assessors choose the rubric by</source>
        <translation>El nombre por el que los evaluadores eligen la rúbrica</translation>
    </message>
    <message>
        <source>What the rubric measures and when to use it</source>
        <translation>Lo que mide la rúbrica y cuándo usarla</translation>
    </message>
    <message>
        <source>The lowest and the highest level a criterion can get</source>
        <translation>El nivel más bajo y el más alto que puede obtener un criterio</translation>
    </message>
    <message>
        <source>A short name for what is judged</source>
        <translation>Un nombre corto para lo que se juzga</translation>
    </message>
    <message>
        <source>What the assessor looks at to choose a level</source>
        <translation>Lo que el evaluador examina para elegir un nivel</translation>
    </message>
    <message>
        <source>It counts by its share of the total weight</source>
        <translation>Cuenta según su parte del peso total</translation>
    </message>
    <message>
        <source>What a use case at this level looks like</source>
        <translation>Cómo es un caso de uso de este nivel</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScenarioSection</name>
    <message>
        <source>Was: &apos;%1&apos; — %2</source>
        <translation>Antes: «%1» — %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Step number: 1, 2, 2.1...</source>
        <translation>Número del paso: 1, 2, 2.1...</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>The IEC 62559-2 service of the step: CREATE, GET, REPORT...</source>
        <translation>El servicio IEC 62559-2 del paso: CREATE, GET, REPORT...</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <source>Information producer: the actor the information comes from</source>
        <translation>Productor de información: el actor del que procede la información</translation>
    </message>
    <message>
        <source>pick an actor</source>
        <translation>elija un actor</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Information receiver: the actor the information goes to</source>
        <translation>Receptor de información: el actor al que va la información</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Information exchanged: ids from the table below (I-1...)</source>
        <translation>Información intercambiada: identificadores de la tabla de abajo (I-1...)</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Requirement ids from the requirements table (R-1...)</source>
        <translation>Identificadores de requisito de la tabla de requisitos (R-1...)</translation>
    </message>
    <message>
        <source>pick the information</source>
        <translation>elija la información</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Name of activity</source>
        <translation>Nombre de la actividad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Primary actor</source>
        <translation>Actor principal</translation>
    </message>
    <message>
        <source>Triggering event</source>
        <translation>Evento desencadenante</translation>
    </message>
    <message>
        <source>Pre-conditions</source>
        <translation>Precondiciones</translation>
    </message>
    <message>
        <source>Post-conditions</source>
        <translation>Poscondiciones</translation>
    </message>
    <message>
        <source>S&amp;teps of the selected scenario:</source>
        <translation>&amp;Pasos del escenario seleccionado:</translation>
    </message>
    <message>
        <source>This scenario has no steps yet: who sends what to whom.</source>
        <translation>Este escenario aún no tiene pasos: quién envía qué a quién.</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Paso %1, %2: %3</translation>
    </message>
    <message>
        <source>⚠ Written before steps referred to the record&apos;s actors and information; nothing of this use case matches it yet. %1.</source>
        <translation>⚠ Escrito antes de que los pasos se refirieran a los actores y la información del registro; nada de este caso de uso coincide todavía. %1.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoreSheetDialog</name>
    <message>
        <source>Score sheet</source>
        <translation>Hoja de puntuación</translation>
    </message>
    <message>
        <source>Score sheet — %1 [*]</source>
        <translation>Hoja de puntuación — %1 [*]</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoreSheetModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoreSheetWidget</name>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Type a level digit, N for not applicable, U for unknown, Delete to clear.</source>
        <translation>Escriba el dígito de un nivel, N para no aplicable, U para desconocido, Supr para borrar.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Why this level?</source>
        <translation>¿Por qué este nivel?</translation>
    </message>
    <message>
        <source>A link or a document reference</source>
        <translation>Un enlace o una referencia de documento</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidencia:</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Confianza:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Set your name in the preferences before scoring: every assessment names its assessor.</source>
        <translation>Escriba su nombre en las preferencias antes de puntuar: cada evaluación indica su evaluador.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Sectores verticales</translation>
    </message>
    <message>
        <source>Regions and countries</source>
        <translation>Regiones y países</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Fase de despliegue</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>Contexto de desarrollo</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Normas</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Conectividad</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Assessor: %1 · Rubric: %2, version %3</source>
        <translation>Evaluador: %1 · Rúbrica: %2, versión %3</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Does not apply to this use case; its weight goes to the other criteria. (key N)</source>
        <translation>No se aplica a este caso de uso; su peso pasa a los demás criterios. (tecla N)</translation>
    </message>
    <message>
        <source>Not known from the sources; counts as the lowest level and is flagged. (key U)</source>
        <translation>No se sabe por las fuentes; cuenta como el nivel más bajo y se marca. (tecla U)</translation>
    </message>
    <message>
        <source>Not answered yet. (Delete)</source>
        <translation>Aún sin responder. (Supr)</translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation>%1 de %2 puntuados</translation>
    </message>
    <message>
        <source>Overall index: %1</source>
        <translation>Índice global: %1</translation>
    </message>
    <message>
        <source>Overall index: not available</source>
        <translation>Índice global: no disponible</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(incompleto)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Dimensions (%1–%2): %3</source>
        <translation>Dimensiones (%1–%2): %3</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Desconocido: %1</translation>
    </message>
    <message>
        <source>Save your scores for %1?</source>
        <translation>¿Guardar sus puntuaciones de %1?</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>Cuestiones del UIT-T</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>coverage %1% of the weight</source>
        <translation>cobertura del %1 % del peso</translation>
    </message>
    <message>
        <source>below the rubric&apos;s minimum of %1%: not ranked</source>
        <translation>por debajo del mínimo del %1 % de la rúbrica: sin clasificar</translation>
    </message>
    <message>
        <source>⚠ knock-out %1: %2</source>
        <translation>⚠ criterio eliminatorio %1: %2</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>Hoja de puntuación</translation>
    </message>
    <message>
        <source>How sure you are of the level you chose</source>
        <translation>Su grado de seguridad sobre el nivel elegido</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoringActions</name>
    <message>
        <source>&amp;Score Use Case...</source>
        <translation>&amp;Puntuar el caso de uso...</translation>
    </message>
    <message>
        <source>Edit &amp;Rubric...</source>
        <translation>Editar la &amp;rúbrica...</translation>
    </message>
    <message>
        <source>Score Use Case</source>
        <translation>Puntuar el caso de uso</translation>
    </message>
    <message>
        <source>Set your name in the preferences before scoring: every assessment names its assessor.</source>
        <translation>Escriba su nombre en las preferencias antes de puntuar: cada evaluación indica su evaluador.</translation>
    </message>
    <message>
        <source>Open Preferences…</source>
        <translation>Abrir las preferencias…</translation>
    </message>
    <message>
        <source>Cannot open the score sheet</source>
        <translation>No se puede abrir la hoja de puntuación</translation>
    </message>
    <message>
        <source>Cannot open the rubric</source>
        <translation>No se puede abrir la rúbrica</translation>
    </message>
</context>
<context>
    <name>casebook::ui::SearchProblemsLabel</name>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
    <message>
        <source>Try one of %1.</source>
        <translation>Pruebe uno de %1.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a suggestion to put it in the search.</source>
        <translation>Haga clic en una sugerencia para ponerla en la búsqueda.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::SelectionBox</name>
    <message>
        <source>Which use cases</source>
        <translation>Qué casos de uso</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected use case(s)</source>
        <translation>
            <numerusform>El caso de uso seleccionado (%n)</numerusform>
            <numerusform>Los %n casos de uso seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Those matching the search (no search now)</source>
        <translation>Los que coinciden con la búsqueda (ahora no hay búsqueda)</translation>
    </message>
    <message>
        <source>Those matching the search “%1”</source>
        <translation>Los que coinciden con la búsqueda «%1»</translation>
    </message>
    <message>
        <source>&amp;All use cases</source>
        <translation>&amp;Todos los casos de uso</translation>
    </message>
    <message>
        <source>Include rest&amp;ricted use cases</source>
        <translation>Incluir casos de uso &amp;restringidos</translation>
    </message>
    <message>
        <source>Use cases whose sharing level is restricted are left out unless you check this, even when you selected them.</source>
        <translation>Los casos de uso con nivel de uso compartido restringido se excluyen, aunque los haya seleccionado, salvo que marque esta casilla.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::StringListEditor</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add what you typed (Enter)</source>
        <translation>Añadir lo que ha escrito (Intro)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected entry (%1)</source>
        <translation>Quitar la entrada seleccionada (%1)</translation>
    </message>
    <message>
        <source>%1 removes the selected entry</source>
        <translation>%1 quita la entrada seleccionada</translation>
    </message>
</context>
<context>
    <name>casebook::ui::SyncActions</name>
    <message>
        <source>S&amp;ync with Team Repository...</source>
        <translation>S&amp;incronizar con el repositorio del equipo...</translation>
    </message>
    <message>
        <source>Receive the team repository&apos;s changes and send yours.</source>
        <translation>Recibir los cambios del repositorio del equipo y enviar los suyos.</translation>
    </message>
    <message>
        <source>Sync with Team Repository</source>
        <translation>Sincronizar con el repositorio del equipo</translation>
    </message>
    <message>
        <source>The team repository cannot be reached</source>
        <translation>No se puede acceder al repositorio del equipo</translation>
    </message>
    <message>
        <source>The sync did not happen</source>
        <translation>La sincronización no se realizó</translation>
    </message>
    <message>
        <source>The sync did not finish</source>
        <translation>La sincronización no terminó</translation>
    </message>
    <message>
        <source>Nothing new from the team repository.</source>
        <translation>No hay nada nuevo en el repositorio del equipo.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n local change(s).</source>
        <translation>
            <numerusform>Se envió %n cambio local.</numerusform>
            <numerusform>Se enviaron %n cambios locales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Team repository unreachable</source>
        <translation>Repositorio del equipo inaccesible</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1; %n pending change(s)</source>
        <translation>
            <numerusform>Sincronizado el %1; %n cambio pendiente</numerusform>
            <numerusform>Sincronizado el %1; %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>; team repository unreachable</source>
        <translation>; repositorio del equipo inaccesible</translation>
    </message>
    <message>
        <source>Team repository (a connection such as service=casebook-team or postgresql://host/db):</source>
        <translation>Repositorio del equipo (una conexión como service=casebook-team o postgresql://servidor/base):</translation>
    </message>
</context>
<context>
    <name>casebook::ui::TagActions</name>
    <message>
        <source>Add &amp;Tags...</source>
        <translation>Añadir &amp;etiquetas...</translation>
    </message>
    <message>
        <source>Re&amp;move Tags...</source>
        <translation>&amp;Quitar etiquetas...</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation>Añadir etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n use case(s), separated by commas (sdo/oneM2M nests under sdo):</source>
        <translation>
            <numerusform>Etiquetas que añadir a %n caso de uso, separadas por comas (sdo/oneM2M se anida en sdo):</numerusform>
            <numerusform>Etiquetas que añadir a %n casos de uso, separadas por comas (sdo/oneM2M se anida en sdo):</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the tags</source>
        <translation>No se pueden añadir las etiquetas</translation>
    </message>
    <message>
        <source>The selected use cases have no tags.</source>
        <translation>Los casos de uso seleccionados no tienen etiquetas.</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Quitar una etiqueta</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Etiqueta que quitar:</translation>
    </message>
    <message>
        <source>Cannot remove the tag</source>
        <translation>No se puede quitar la etiqueta</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Cambiar el nombre de la etiqueta</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot; (tags nested under it follow):</source>
        <translation>Nuevo nombre para «%1» (las etiquetas anidadas también cambian):</translation>
    </message>
    <message>
        <source>Cannot rename the tag</source>
        <translation>No se puede cambiar el nombre de la etiqueta</translation>
    </message>
    <message>
        <source>Rename tag &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Cambiar el nombre de la etiqueta «%1» a «%2»</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Combinar una etiqueta</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into:</source>
        <translation>Combinar «%1» en:</translation>
    </message>
    <message>
        <source>Cannot merge the tags</source>
        <translation>No se pueden combinar las etiquetas</translation>
    </message>
    <message>
        <source>Merge tag &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>Combinar la etiqueta «%1» en «%2»</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>Color de «%1»</translation>
    </message>
    <message>
        <source>Cannot set the colour</source>
        <translation>No se puede definir el color</translation>
    </message>
</context>
<context>
    <name>casebook::ui::TakeBackActions</name>
    <message>
        <source>&amp;Take Back Last Import...</source>
        <translation>&amp;Deshacer la última importación...</translation>
    </message>
    <message>
        <source>Take back the last import</source>
        <translation>Deshacer la última importación</translation>
    </message>
    <message>
        <source>Nothing was imported into this repository, or every import was taken back.</source>
        <translation>No se importó nada en este repositorio, o ya se deshicieron todas las importaciones.</translation>
    </message>
    <message>
        <source>Take back the import of %1 from %2?</source>
        <translation>¿Deshacer la importación de %1 del %2?</translation>
    </message>
    <message>
        <source>Take Back</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>The import was not taken back</source>
        <translation>La importación no se deshizo</translation>
    </message>
    <message>
        <source>Import taken back</source>
        <translation>Importación deshecha</translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 was taken back: %n use case(s) are as they were before it.</source>
        <translation>
            <numerusform>Se deshizo la importación de %1: %n caso de uso vuelve a estar como antes de ella.</numerusform>
            <numerusform>Se deshizo la importación de %1: %n casos de uso vuelven a estar como antes de ella.</numerusform>
        </translation>
    </message>
    <message>
        <source>It added %1, updated %2 and deleted %3 records. Each goes back to how it was before the import; importing the file again brings the same changes.</source>
        <translation>Añadió %1, actualizó %2 y eliminó %3 registros. Cada uno vuelve a como estaba antes de la importación; importar de nuevo el archivo trae los mismos cambios.</translation>
    </message>
    <message>
        <source>Taking back the import of %1…</source>
        <translation>Deshaciendo la importación de %1…</translation>
    </message>
</context>
<context>
    <name>casebook::ui::UseCaseEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Identity and provenance</source>
        <translation>Identidad y procedencia</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Descripción narrativa</translation>
    </message>
    <message>
        <source>Technology and interoperability</source>
        <translation>Tecnología e interoperabilidad</translation>
    </message>
    <message>
        <source>Outcomes and gaps</source>
        <translation>Resultados y brechas</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Another one, not in the list</source>
        <translation>Otro, que no está en la lista</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add and tick what you typed (Enter)</source>
        <translation>Añadir y marcar lo que ha escrito (Intro)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Required: what the use case is about, in a few words</source>
        <translation>Obligatorio: de qué trata el caso de uso, en pocas palabras</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Given when saved, e.g. UC-2026-014</source>
        <translation>Se asigna al guardar, p. ej., UC-2026-014</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>e.g. 1.2</source>
        <translation>p. ej., 1.2</translation>
    </message>
    <message>
        <source>Approval &amp;status:</source>
        <translation>E&amp;stado de aprobación:</translation>
    </message>
    <message>
        <source>Source &amp;organization:</source>
        <translation>&amp;Organización de origen:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo-e</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Su&amp;bmitters:</source>
        <translation>Re&amp;mitentes:</translation>
    </message>
    <message>
        <source>Submitters</source>
        <translation>Remitentes</translation>
    </message>
    <message>
        <source>No submitters yet. Add the people who contributed this use case.</source>
        <translation>Aún no hay remitentes. Añada las personas que aportaron este caso de uso.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Source &amp;documents:</source>
        <translation>&amp;Documentos de origen:</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Documentos de origen</translation>
    </message>
    <message>
        <source>No source documents yet. Add contributions, meeting reports or links.</source>
        <translation>Aún no hay documentos de origen. Añada contribuciones, informes de reuniones o enlaces.</translation>
    </message>
    <message>
        <source>S&amp;haring level:</source>
        <translation>Nivel de uso c&amp;ompartido:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licencia:</translation>
    </message>
    <message>
        <source>e.g. CC BY 4.0</source>
        <translation>p. ej., CC BY 4.0</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Language of the text, e.g. en, ar, zh-Hans</source>
        <translation>Idioma del texto, p. ej., en, ar, zh-Hans</translation>
    </message>
    <message>
        <source>&amp;Verticals:</source>
        <translation>Sectores &amp;verticales:</translation>
    </message>
    <message>
        <source>S&amp;DGs:</source>
        <translation>O&amp;DS:</translation>
    </message>
    <message>
        <source>&amp;U4SSC KPI codes:</source>
        <translation>Códigos de KPI de &amp;U4SSC:</translation>
    </message>
    <message>
        <source>A KPI code from ITU-T Y.4903, then Enter</source>
        <translation>Un código de KPI de UIT-T Y.4903 y, luego, Intro</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Países:</translation>
    </message>
    <message>
        <source>Type a country name or ISO code, then Enter</source>
        <translation>Escriba el nombre de un país o su código ISO y, luego, Intro</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country</source>
        <translation>«%1» no es un país conocido</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country (did you mean %2?)</source>
        <translation>«%1» no es un país conocido (¿quiso decir %2?)</translation>
    </message>
    <message>
        <source>Development conte&amp;xt:</source>
        <translation>Conte&amp;xto de desarrollo:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>Re&amp;lación:</translation>
    </message>
    <message>
        <source>Deployment s&amp;tage:</source>
        <translation>&amp;Fase de despliegue:</translation>
    </message>
    <message>
        <source>Use case UUID</source>
        <translation>UUID del caso de uso</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Related use cas&amp;es:</source>
        <translation>Casos de uso r&amp;elacionados:</translation>
    </message>
    <message>
        <source>Related use cases</source>
        <translation>Casos de uso relacionados</translation>
    </message>
    <message>
        <source>No related use cases. Add one by its UUID.</source>
        <translation>No hay casos de uso relacionados. Añada uno por su UUID.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>A few sentences a reader sees first</source>
        <translation>Unas pocas frases que el lector ve primero</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>&amp;Problem and why current standards fall short:</source>
        <translation>&amp;Problema y por qué las normas actuales no bastan:</translation>
    </message>
    <message>
        <source>&amp;Benefits:</source>
        <translation>&amp;Beneficios:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>&amp;Actores:</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>No actors yet. Add the people, devices, systems and organizations involved.</source>
        <translation>Aún no hay actores. Añada las personas, dispositivos, sistemas y organizaciones que intervienen.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>S&amp;cenarios:</source>
        <translation>Es&amp;cenarios:</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>No scenarios yet. Add one, then its numbered steps below.</source>
        <translation>Aún no hay escenarios. Añada uno y, luego, sus pasos numerados abajo.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Data model or standard</source>
        <translation>Modelo de datos o norma</translation>
    </message>
    <message>
        <source>&amp;Information exchanged:</source>
        <translation>&amp;Información intercambiada:</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>Información intercambiada</translation>
    </message>
    <message>
        <source>Nothing listed yet. Add each piece of information and the data model that carries it.</source>
        <translation>Aún no hay nada. Añada cada dato y el modelo de datos que lo transporta.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Faceta</translation>
    </message>
    <message>
        <source>Conformance tested</source>
        <translation>Conformidad probada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Standards used:</source>
        <translation>&amp;Normas utilizadas:</translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation>Normas utilizadas</translation>
    </message>
    <message>
        <source>No standards yet. Add each standard with the interoperability facet it serves.</source>
        <translation>Aún no hay normas. Añada cada norma con la faceta de interoperabilidad a la que sirve.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norma</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Interfaces (pivotal points of interoperability):</source>
        <translation>&amp;Interfaces (puntos clave de interoperabilidad):</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>No interfaces yet. Add the points where actors connect and the standard used there.</source>
        <translation>Aún no hay interfaces. Añada los puntos en los que se conectan los actores y la norma usada en ellos.</translation>
    </message>
    <message>
        <source>&amp;Platforms:</source>
        <translation>&amp;Plataformas:</translation>
    </message>
    <message>
        <source>e.g. FIWARE Context Broker, then Enter</source>
        <translation>p. ej., FIWARE Context Broker y, luego, Intro</translation>
    </message>
    <message>
        <source>&amp;Connectivity:</source>
        <translation>&amp;Conectividad:</translation>
    </message>
    <message>
        <source>Device &amp;onboarding:</source>
        <translation>Incorp&amp;oración de dispositivos:</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Globally unique</source>
        <translation>Único a nivel mundial</translation>
    </message>
    <message>
        <source>Resolvable</source>
        <translation>Resoluble</translation>
    </message>
    <message>
        <source>I&amp;dentifier schemes:</source>
        <translation>Esquemas de i&amp;dentificadores:</translation>
    </message>
    <message>
        <source>Identifier schemes</source>
        <translation>Esquemas de identificadores</translation>
    </message>
    <message>
        <source>No identifier schemes yet. Add how devices, applications and data are identified.</source>
        <translation>Aún no hay esquemas de identificadores. Añada cómo se identifican los dispositivos, las aplicaciones y los datos.</translation>
    </message>
    <message>
        <source>Securit&amp;y and privacy measures:</source>
        <translation>Medidas de seguridad &amp;y privacidad:</translation>
    </message>
    <message>
        <source>Security &amp;baselines:</source>
        <translation>Referencias de se&amp;guridad:</translation>
    </message>
    <message>
        <source>e.g. ETSI EN 303 645, then Enter</source>
        <translation>p. ej., ETSI EN 303 645 y, luego, Intro</translation>
    </message>
    <message>
        <source>Data &amp;governance:</source>
        <translation>&amp;Gobernanza de datos:</translation>
    </message>
    <message>
        <source>Ownership, access, sharing agreements, licences</source>
        <translation>Propiedad, acceso, acuerdos de intercambio, licencias</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Calidad de los datos</translation>
    </message>
    <message>
        <source>U4SSC code</source>
        <translation>Código U4SSC</translation>
    </message>
    <message>
        <source>&amp;KPIs:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>No KPIs yet. Add each indicator with its values as written, units included.</source>
        <translation>Aún no hay KPI. Añada cada indicador con sus valores tal como se escribieron, unidades incluidas.</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>&amp;Lecciones aprendidas:</translation>
    </message>
    <message>
        <source>&amp;Replicable components:</source>
        <translation>Componentes &amp;replicables:</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>Organismo de normalización candidato</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cuestión</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Standardization &amp;gaps:</source>
        <translation>&amp;Brechas de normalización:</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Brechas de normalización</translation>
    </message>
    <message>
        <source>No gaps recorded. Add what current standards do not cover, and who could work on it.</source>
        <translation>No hay brechas registradas. Añada lo que las normas actuales no cubren y quién podría trabajar en ello.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>⚠ %1 %2</source>
        <translation>⚠ %1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ This use case cannot be saved yet: %1</source>
        <translation>⚠ Este caso de uso todavía no se puede guardar: %1</translation>
    </message>
    <message>
        <source>New use case, not saved yet</source>
        <translation>Nuevo caso de uso, aún sin guardar</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>creado el %1</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>modificado el %1</translation>
    </message>
    <message>
        <source>modified %1 by %2</source>
        <translation>modificado el %1 por %2</translation>
    </message>
    <message>
        <source>UUID %1</source>
        <translation>UUID %1</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>information producer</source>
        <translation>productor de información</translation>
    </message>
    <message>
        <source>information receiver</source>
        <translation>receptor de información</translation>
    </message>
    <message>
        <source>information exchanged</source>
        <translation>información intercambiada</translation>
    </message>
    <message>
        <source>primary actor</source>
        <translation>actor principal</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>medición</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice</source>
        <translation>«%1» se usa dos veces</translation>
    </message>
    <message>
        <source>New rows get the next free %1n</source>
        <translation>Las filas nuevas reciben el siguiente %1n libre</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>ITU-D &amp;regions:</source>
        <translation>&amp;Regiones del UIT-D:</translation>
    </message>
    <message>
        <source>ITU-T &amp;Questions:</source>
        <translation>&amp;Cuestiones del UIT-T:</translation>
    </message>
    <message>
        <source>e.g. Q2/20, then Enter</source>
        <translation>p. ej., Q2/20 y, luego, Intro</translation>
    </message>
    <message>
        <source>Related Reco&amp;mmendations or work items:</source>
        <translation>Reco&amp;mendaciones o temas de trabajo relacionados:</translation>
    </message>
    <message>
        <source>e.g. ITU-T Y.4500.1 or a work item, then Enter</source>
        <translation>p. ej., UIT-T Y.4500.1 o un tema de trabajo y, luego, Intro</translation>
    </message>
    <message>
        <source>The development context of each country the use case is deployed in</source>
        <translation>El contexto de desarrollo de cada país en el que se despliega el caso de uso</translation>
    </message>
    <message>
        <source>Scop&amp;e:</source>
        <translation>Alcanc&amp;e:</translation>
    </message>
    <message>
        <source>What the use case covers and what it leaves out</source>
        <translation>Lo que cubre el caso de uso y lo que deja fuera</translation>
    </message>
    <message>
        <source>Assu&amp;mptions:</source>
        <translation>Supu&amp;estos:</translation>
    </message>
    <message>
        <source>Something taken as given, then Enter</source>
        <translation>Algo que se da por supuesto y, luego, Intro</translation>
    </message>
    <message>
        <source>Pre&amp;requisites:</source>
        <translation>&amp;Requisitos previos:</translation>
    </message>
    <message>
        <source>Something that must be in place first, then Enter</source>
        <translation>Algo que debe existir antes y, luego, Intro</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Re&amp;quirements:</source>
        <translation>Re&amp;quisitos:</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>No requirements yet. Add what the use case needs, e.g. R-1 performance: a reading arrives within 15 minutes; steps and information refer to them by id.</source>
        <translation>Aún no hay requisitos. Añada lo que necesita el caso de uso, p. ej., R-1 rendimiento: una lectura llega en menos de 15 minutos; los pasos y la información se refieren a ellos por su identificador.</translation>
    </message>
    <message>
        <source>Tick each one that applies: the arrows move, Space ticks</source>
        <translation>Marque cada uno que corresponda: las flechas para moverse, Espacio para marcar</translation>
    </message>
    <message>
        <source>The record&apos;s review stage, from draft to agreed or superseded</source>
        <translation>La fase de revisión del registro, de «Borrador» a «Acordado» o «Sustituido»</translation>
    </message>
    <message>
        <source>The organization the use case comes from</source>
        <translation>La organización de la que procede el caso de uso</translation>
    </message>
    <message>
        <source>Who may receive it: a restricted record leaves in no export by default</source>
        <translation>Quién puede recibirlo: de forma predeterminada, un registro restringido no sale en ninguna exportación</translation>
    </message>
    <message>
        <source>Whether it is tied to a region, a country or one place</source>
        <translation>Si está ligado a una región, un país o un lugar</translation>
    </message>
    <message>
        <source>How far it has got, from a concept to several sites</source>
        <translation>Hasta dónde ha llegado, de un concepto a varios emplazamientos</translation>
    </message>
    <message>
        <source>The complete description: how it works and who does what</source>
        <translation>La descripción completa: cómo funciona y quién hace qué</translation>
    </message>
    <message>
        <source>What the use case sets out to achieve</source>
        <translation>Lo que el caso de uso se propone lograr</translation>
    </message>
    <message>
        <source>The situation today, and what standards miss or get wrong</source>
        <translation>La situación actual, y lo que las normas pasan por alto o resuelven mal</translation>
    </message>
    <message>
        <source>What improves, and for whom</source>
        <translation>Qué mejora, y para quién</translation>
    </message>
    <message>
        <source>How data, devices and people&apos;s privacy are protected</source>
        <translation>Cómo se protegen los datos, los dispositivos y la privacidad de las personas</translation>
    </message>
    <message>
        <source>What worked, what did not, and what others should know</source>
        <translation>Lo que funcionó, lo que no, y lo que otros deberían saber</translation>
    </message>
    <message>
        <source>Parts another deployment could reuse</source>
        <translation>Partes que otro despliegue podría reutilizar</translation>
    </message>
</context>
<context>
    <name>casebook::ui::UseCaseListModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Sectores verticales</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Not assessed against &quot;%1&quot;</source>
        <translation>No evaluado con «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Median of %n assessor(s) against &quot;%1&quot; version %2</source>
        <translation>
            <numerusform>Mediana de %n evaluador con «%1» versión %2</numerusform>
            <numerusform>Mediana de %n evaluadores con «%1» versión %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>%1 (partial, %2% covered)</source>
        <translation>%1 (parcial, %2 % cubierto)</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>Regiones del UIT-D</translation>
    </message>
</context>
<context>
    <name>casebook::ui::VocabularyCheckModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not in the list: %1</source>
        <translation>No está en la lista: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>casebook::ui::WeightPanel</name>
    <message>
        <source>Weight set</source>
        <translation>Conjunto de pesos</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>Guardar como...</translation>
    </message>
    <message>
        <source>Weigh each &amp;criterion</source>
        <translation>Ponderar cada &amp;criterio</translation>
    </message>
    <message>
        <source>&amp;Reset to Rubric</source>
        <translation>&amp;Restablecer la rúbrica</translation>
    </message>
    <message>
        <source>Beside each weight: the range within which the top of the ranking stays the same.</source>
        <translation>Junto a cada peso: el intervalo dentro del cual la cabeza de la clasificación no cambia.</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Peso de %1</translation>
    </message>
    <message>
        <source>Top stays from %1 to %2</source>
        <translation>La cabeza se mantiene de %1 a %2</translation>
    </message>
    <message>
        <source>The use case(s) ranked first stay first while this weight stays between %1 and %2, the other weights unchanged.</source>
        <translation>El caso o los casos de uso clasificados en primer lugar siguen primeros mientras este peso esté entre %1 y %2, sin cambiar los demás pesos.</translation>
    </message>
    <message>
        <source>Save Weight Set</source>
        <translation>Guardar el conjunto de pesos</translation>
    </message>
    <message>
        <source>Name of the weight set:</source>
        <translation>Nombre del conjunto de pesos:</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(cambiado)</translation>
    </message>
    <message>
        <source>Choose a saved set of weights, or the rubric&apos;s own</source>
        <translation>Elija un conjunto de pesos guardado, o el de la rúbrica</translation>
    </message>
    <message>
        <source>Arrows and Page Up or Down change it; the ranking follows</source>
        <translation>Las flechas y Page Up o Page Down lo cambian; la clasificación se actualiza</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Casebook: a catalogue of IoT use cases.</source>
        <translation>Casebook: un catálogo de casos de uso de IoT.</translation>
    </message>
    <message>
        <source>The repository file (default: %1).</source>
        <translation>El archivo del repositorio (predeterminado: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Cannot open the repository</source>
        <translation>No se puede abrir el repositorio</translation>
    </message>
    <message>
        <source>Cannot prepare the repository</source>
        <translation>No se puede preparar el repositorio</translation>
    </message>
    <message>
        <source>A .casebook bundle to preview and import.</source>
        <translation>Un paquete .casebook para previsualizar e importar.</translation>
    </message>
</context>
</TS>
