<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssessmentJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>содержит %1 символов; предел — %2</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>содержит управляющие символы</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>«%1» не является UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>«%1» не является датой и временем в формате ISO 8601</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation>содержит %1 элементов; предел — %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>criterion %1 is scored twice</source>
        <translation>критерий %1 оценён дважды</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 100</source>
        <translation>должно быть целым числом от 0 до 100</translation>
    </message>
    <message>
        <source>must be level, na or unknown</source>
        <translation>должно быть level, na или unknown</translation>
    </message>
    <message>
        <source>must be low, medium or high</source>
        <translation>должно быть low, medium или high</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>должно быть UUID</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>должно быть целым числом от 1 до %1</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>An assessment needs the assessor&apos;s name.</source>
        <translation>В оценке должно быть указано имя эксперта.</translation>
    </message>
    <message>
        <source>Saving the assessment</source>
        <translation>Сохранение оценки</translation>
    </message>
    <message>
        <source>There is no use case %1.</source>
        <translation>Сценария использования %1 не существует.</translation>
    </message>
    <message>
        <source>An assessment with the UUID %1 already exists.</source>
        <translation>Оценка с UUID %1 уже существует.</translation>
    </message>
    <message>
        <source>Reading assessments</source>
        <translation>Чтение оценок</translation>
    </message>
    <message>
        <source>There is no assessment %1.</source>
        <translation>Оценки %1 не существует.</translation>
    </message>
    <message>
        <source>Counting assessments</source>
        <translation>Подсчёт оценок</translation>
    </message>
    <message>
        <source>Deleting the assessment</source>
        <translation>Удаление оценки</translation>
    </message>
    <message>
        <source>The assessor&apos;s identity is not a UUID.</source>
        <translation>Идентификатор эксперта не является UUID.</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file is larger than %1 MB, the limit for an attachment.</source>
        <translation>Файл больше %1 МБ — предельного размера вложения.</translation>
    </message>
    <message>
        <source>Storing the attachment</source>
        <translation>Сохранение вложения</translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation>Чтение вложения</translation>
    </message>
    <message>
        <source>The attachment %1 is not stored.</source>
        <translation>Вложение %1 не сохранено.</translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Синхронизация отменена.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Сравнение с %1…</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Синхронизация с %1…</translation>
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
        <translation>%1 создан более новой версией Casebook (формат пакета %2); обновите Casebook, чтобы открыть этот пакет.</translation>
    </message>
    <message>
        <source>The document %1 does not have the expected form.</source>
        <translation>Документ %1 имеет неожиданную структуру.</translation>
    </message>
    <message>
        <source>The document %1 contains invalid Unicode text.</source>
        <translation>Документ %1 содержит недопустимый текст Unicode.</translation>
    </message>
    <message>
        <source>The document %1 has a field this version does not know: %2.</source>
        <translation>В документе %1 есть поле, неизвестное этой версии: %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>Это не файл.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>This is not a Casebook bundle (it has no manifest).</source>
        <translation>Это не пакет Casebook (в нём нет манифеста).</translation>
    </message>
    <message>
        <source>This is not a Casebook bundle.</source>
        <translation>Это не пакет Casebook.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (format_version).</source>
        <translation>Манифест пакета недействителен (format_version).</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (min_reader_version).</source>
        <translation>Манифест пакета недействителен (min_reader_version).</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (%1).</source>
        <translation>Манифест пакета недействителен (%1).</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists a file outside the allowed layout: %1.</source>
        <translation>В манифесте пакета указан файл вне допустимой структуры: %1.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists the file %1 twice.</source>
        <translation>В манифесте пакета файл %1 указан дважды.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: the file %1 is missing.</source>
        <translation>Пакет неполон: отсутствует файл %1.</translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its size differs from the manifest).</source>
        <translation>Пакет повреждён в элементе %1 (его размер отличается от указанного в манифесте).</translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its SHA-256 fingerprint differs from the manifest).</source>
        <translation>Пакет повреждён в элементе %1 (его отпечаток SHA-256 отличается от указанного в манифесте).</translation>
    </message>
    <message>
        <source>The bundle contains a file its manifest does not list: %1.</source>
        <translation>Пакет содержит файл, не указанный в манифесте: %1.</translation>
    </message>
    <message>
        <source>Rubric %1 in %2 is invalid: %3</source>
        <translation>Система критериев %1 в %2 недействительна: %3</translation>
    </message>
    <message>
        <source>it has no uuid.</source>
        <translation>у неё нет uuid.</translation>
    </message>
    <message>
        <source>The rubric %1 appears twice.</source>
        <translation>Система критериев %1 встречается дважды.</translation>
    </message>
    <message>
        <source>The tag list is invalid: %1.</source>
        <translation>Список меток недействителен: %1.</translation>
    </message>
    <message>
        <source>The tag %1 is listed twice.</source>
        <translation>Метка %1 указана дважды.</translation>
    </message>
    <message>
        <source>Use case %1 in %2 is not an object.</source>
        <translation>Сценарий использования %1 в %2 не является объектом.</translation>
    </message>
    <message>
        <source>Use case %1 (&quot;%2&quot;) is invalid: %3</source>
        <translation>Сценарий использования %1 («%2») недействителен: %3</translation>
    </message>
    <message>
        <source>The use case %1 appears twice.</source>
        <translation>Сценарий использования %1 встречается дважды.</translation>
    </message>
    <message>
        <source>The code %1 is used by two use cases.</source>
        <translation>Код %1 используется двумя сценариями использования.</translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; has the tag %2, which %3 does not list.</source>
        <translation>У сценария использования «%1» есть метка %2, которой нет в %3.</translation>
    </message>
    <message>
        <source>The attachment %1 of &quot;%2&quot; does not have the size its use case gives.</source>
        <translation>Размер вложения %1 сценария «%2» не совпадает с указанным в сценарии.</translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; names the attachment %2, which is missing from the bundle.</source>
        <translation>Сценарий использования «%1» ссылается на вложение %2, которого нет в пакете.</translation>
    </message>
    <message>
        <source>The ancestry of &quot;%1&quot; is invalid.</source>
        <translation>Происхождение «%1» недействительно.</translation>
    </message>
    <message>
        <source>The ancestry names a use case that is not in the bundle: %1.</source>
        <translation>В происхождении указан сценарий использования, которого нет в пакете: %1.</translation>
    </message>
    <message>
        <source>Fields from a newer Casebook were kept as they are: %1.</source>
        <translation>Поля из более новой версии Casebook сохранены без изменений: %1.</translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its content does not match its name).</source>
        <translation>Пакет повреждён в элементе %1 (его содержимое не соответствует имени).</translation>
    </message>
    <message>
        <source>The bundle contains an attachment that no use case names: %1.</source>
        <translation>Пакет содержит вложение, на которое не ссылается ни один сценарий использования: %1.</translation>
    </message>
    <message>
        <source>Assessment %1 is invalid: %2</source>
        <translation>Оценка %1 недействительна: %2</translation>
    </message>
    <message>
        <source>it is not an object.</source>
        <translation>это не объект.</translation>
    </message>
    <message>
        <source>The assessment %1 appears twice.</source>
        <translation>Оценка %1 встречается дважды.</translation>
    </message>
    <message>
        <source>%1 assessed the same use case twice against the same rubric.</source>
        <translation>%1 дважды оценил один и тот же сценарий использования по одной системе критериев.</translation>
    </message>
    <message>
        <source>The assessment by %1 names a use case that is not in the bundle.</source>
        <translation>Оценка от %1 ссылается на сценарий использования, которого нет в пакете.</translation>
    </message>
    <message>
        <source>The assessment by %1 names a rubric that is not in the bundle.</source>
        <translation>Оценка от %1 ссылается на систему критериев, которой нет в пакете.</translation>
    </message>
    <message>
        <source>The assessment by %1 scores a criterion its rubric does not have: %2.</source>
        <translation>Оценка от %1 содержит критерий, которого нет в её системе критериев: %2.</translation>
    </message>
    <message>
        <source>The assessment by %1 gives %2 a level outside the rubric&apos;s scale.</source>
        <translation>Оценка от %1 присваивает %2 уровень вне шкалы системы критериев.</translation>
    </message>
    <message>
        <source>The list of deleted records is invalid.</source>
        <translation>Список удалённых записей недействителен.</translation>
    </message>
    <message>
        <source>The record %1 is both present and deleted, or deleted twice.</source>
        <translation>Запись %1 одновременно присутствует и удалена или удалена дважды.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest does not match its content (%1).</source>
        <translation>Манифест пакета не соответствует его содержимому (%1).</translation>
    </message>
    <message>
        <source>The document %1 is refused: %2</source>
        <translation>Документ %1 отклонён: %2</translation>
    </message>
    <message>
        <source>The bundle holds more records than the %1 a bundle may hold (use cases, assessments and deleted records together).</source>
        <translation>Пакет содержит больше записей, чем допустимые %1 (сценарии использования, оценки и удалённые записи вместе).</translation>
    </message>
    <message>
        <source>The ancestry of %1 is given twice.</source>
        <translation>Происхождение %1 указано дважды.</translation>
    </message>
    <message>
        <source>The bundle&apos;s parts of %1 are not numbered from 2 without a gap: %2.</source>
        <translation>Части пакета для %1 не пронумерованы подряд начиная с 2: %2.</translation>
    </message>
    <message>
        <source>revision: must be a whole number from 1 to %1</source>
        <translation>revision: должно быть целым числом от 1 до %1</translation>
    </message>
    <message>
        <source>Its JSON documents are too large when unpacked (%1 MB; the limit is %2 MB).</source>
        <translation>Его документы JSON слишком велики после распаковки (%1 МБ; предел — %2 МБ).</translation>
    </message>
</context>
<context>
    <name>BundleWorkshops</name>
    <message>
        <source>The document workshops.json has a field this version does not know: %1.</source>
        <translation>В документе workshops.json есть поле, неизвестное этой версии: %1.</translation>
    </message>
    <message>
        <source>The document workshops.json does not have the expected form.</source>
        <translation>Документ workshops.json имеет неожиданную структуру.</translation>
    </message>
    <message>
        <source>The bundle holds more records than the %1 a bundle may hold.</source>
        <translation>Пакет содержит больше записей, чем допустимые %1.</translation>
    </message>
    <message>
        <source>Workshop %1 is invalid: %2</source>
        <translation>Семинар %1 недействителен: %2</translation>
    </message>
    <message>
        <source>it is not an object.</source>
        <translation>это не объект.</translation>
    </message>
    <message>
        <source>it has a field this version does not know: %1.</source>
        <translation>в нём есть поле, неизвестное этой версии: %1.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; appears twice.</source>
        <translation>Семинар «%1» встречается дважды.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; names a rubric that is not in the bundle.</source>
        <translation>Семинар «%1» ссылается на систему критериев, которой нет в пакете.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; names a use case that is not in the bundle.</source>
        <translation>Семинар «%1» ссылается на сценарий использования, которого нет в пакете.</translation>
    </message>
    <message>
        <source>Round scores %1 are invalid: %2</source>
        <translation>Оценки раунда %1 недействительны: %2</translation>
    </message>
    <message>
        <source>they are not an object.</source>
        <translation>это не объект.</translation>
    </message>
    <message>
        <source>they have a field this version does not know: %1.</source>
        <translation>в них есть поле, неизвестное этой версии: %1.</translation>
    </message>
    <message>
        <source>The round %1 scores of %2 appear twice.</source>
        <translation>Оценки %2 в раунде %1 встречаются дважды.</translation>
    </message>
    <message>
        <source>The round scores of %1 name a workshop that is not in the bundle.</source>
        <translation>Оценки раунда от %1 ссылаются на семинар, которого нет в пакете.</translation>
    </message>
    <message>
        <source>The round scores of %1 name round %2, which the workshop &quot;%3&quot; does not have.</source>
        <translation>Оценки раунда от %1 ссылаются на раунд %2, которого нет в семинаре «%3».</translation>
    </message>
    <message>
        <source>The round scores of %1 name a use case that is not in the workshop.</source>
        <translation>Оценки раунда от %1 ссылаются на сценарий использования, не входящий в семинар.</translation>
    </message>
    <message>
        <source>The round scores of %1 score a criterion the rubric does not have: %2.</source>
        <translation>Оценки раунда от %1 содержат критерий, которого нет в системе критериев: %2.</translation>
    </message>
    <message>
        <source>The round scores of %1 give %2 a level outside the rubric&apos;s scale.</source>
        <translation>Оценки раунда от %1 присваивают %2 уровень вне шкалы системы критериев.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>The export to %1 was cancelled; nothing was written.</source>
        <translation>Экспорт в %1 отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>The bundle %1 could not be written: %2</source>
        <translation>Не удалось записать пакет %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to share: it takes %2 MB, and a bundle entry may take at most %3 MB.</source>
        <translation>%1 слишком велик для передачи: он занимает %2 МБ, а элемент пакета может занимать не более %3 МБ.</translation>
    </message>
    <message>
        <source>The use case %1 (&quot;%2&quot;)</source>
        <translation>Сценарий использования %1 («%2»)</translation>
    </message>
    <message>
        <source>The assessment by %1</source>
        <translation>Оценка от %1</translation>
    </message>
    <message>
        <source>it would hold %1 records (use cases, assessments and deleted records), and a bundle may hold at most %2; choose fewer use cases.</source>
        <translation>он содержал бы %1 записей (сценарии использования, оценки и удалённые записи), а пакет может содержать не более %2; выберите меньше сценариев использования.</translation>
    </message>
    <message>
        <source>it would hold %1 files, and a bundle may hold at most %2; choose fewer use cases or leave the attachments out.</source>
        <translation>он содержал бы %1 файлов, а пакет может содержать не более %2; выберите меньше сценариев использования или не включайте вложения.</translation>
    </message>
    <message>
        <source>%1 takes %2 MB, and a bundle entry may take at most %3 MB.</source>
        <translation>%1 занимает %2 МБ, а элемент пакета может занимать не более %3 МБ.</translation>
    </message>
    <message>
        <source>its records would take %1 MB as JSON, and a bundle may take at most %2 MB; choose fewer use cases.</source>
        <translation>его записи заняли бы %1 МБ в JSON, а пакет может занимать не более %2 МБ; выберите меньше сценариев использования.</translation>
    </message>
    <message>
        <source>its files would take %1 MB unpacked, and a bundle may take at most %2 MB; choose fewer use cases or leave the attachments out.</source>
        <translation>его файлы заняли бы %1 МБ в распакованном виде, а пакет может занимать не более %2 МБ; выберите меньше сценариев использования или не включайте вложения.</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>Cannot record the changes of this write.</source>
        <translation>Не удаётся записать изменения, внесённые этой операцией.</translation>
    </message>
    <message>
        <source>Cannot apply the changes.</source>
        <translation>Не удаётся применить изменения.</translation>
    </message>
    <message>
        <source>Cannot read the recorded changes.</source>
        <translation>Не удаётся прочитать записанные изменения.</translation>
    </message>
</context>
<context>
    <name>ChartFigure</name>
    <message>
        <source>Weights: %1</source>
        <translation>Веса: %1</translation>
    </message>
    <message>
        <source>Casebook, %1</source>
        <translation>Casebook, %1</translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>Не удалось записать диаграмму в %1.</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Нет диаграммы для экспорта.</translation>
    </message>
    <message>
        <source>Choose a width between %1 and %2 pixels.</source>
        <translation>Выберите ширину от %1 до %2 пикселей.</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>The column synonyms table is not valid.</source>
        <translation>Таблица синонимов столбцов недействительна.</translation>
    </message>
</context>
<context>
    <name>CompareLimits</name>
    <message numerus="yes">
        <source>Choose at least %1 use cases to compare; %n chosen.</source>
        <translation>
            <numerusform>Выберите для сравнения не менее %1 сценариев использования; выбран %n.</numerusform>
            <numerusform>Выберите для сравнения не менее %1 сценариев использования; выбрано %n.</numerusform>
            <numerusform>Выберите для сравнения не менее %1 сценариев использования; выбрано %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %1 use cases to compare; %n chosen. Narrow the selection, the tag or the search.</source>
        <translation>
            <numerusform>Выберите для сравнения не более %1 сценариев использования; выбран %n. Сузьте выбор, метку или поиск.</numerusform>
            <numerusform>Выберите для сравнения не более %1 сценариев использования; выбрано %n. Сузьте выбор, метку или поиск.</numerusform>
            <numerusform>Выберите для сравнения не более %1 сценариев использования; выбрано %n. Сузьте выбор, метку или поиск.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTables</name>
    <message>
        <source>Hidden until the facilitator reveals the scores (R).</source>
        <translation>Скрыто, пока ведущий не раскроет оценки (R).</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>надёжно</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>предварительно</translation>
    </message>
    <message>
        <source>do not rely on it</source>
        <translation>не полагаться</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>не вычисляется</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/п</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>частично</translation>
    </message>
    <message>
        <source>Below the rubric&apos;s minimum coverage: listed, not ranked.</source>
        <translation>Ниже минимального охвата системы критериев: в списке, но без места в рейтинге.</translation>
    </message>
    <message>
        <source>Rank with the rubric&apos;s weights: %1</source>
        <translation>Место с весами системы критериев: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Lowest and highest of the assessors&apos; own indices (assessors: %1)</source>
        <translation>Наименьший и наибольший из индексов отдельных экспертов (эксперты: %1)</translation>
    </message>
    <message>
        <source>%1 (below minimum)</source>
        <translation>%1 (ниже минимума)</translation>
    </message>
    <message>
        <source>α %1, %2</source>
        <translation>α %1, %2</translation>
    </message>
    <message>
        <source>one assessor</source>
        <translation>один эксперт</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Уровень %1: %2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Сдвиг</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Assessors&apos; range</source>
        <translation>Диапазон экспертов</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Согласованность</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>Совпадает?</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ различается</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= совпадает</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Widest spread</source>
        <translation>Наибольший разброс</translation>
    </message>
    <message>
        <source>In</source>
        <translation>В</translation>
    </message>
    <message>
        <source>Wide in</source>
        <translation>Широкий в</translation>
    </message>
    <message>
        <source>α interval</source>
        <translation>α интервальная</translation>
    </message>
    <message>
        <source>α ordinal</source>
        <translation>α порядковая</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Интерпретация</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>The top of a ranking needs at least one place, not %1.</source>
        <translation>Верх рейтинга должен включать хотя бы одно место, а не %1.</translation>
    </message>
</context>
<context>
    <name>ComparisonLoader</name>
    <message>
        <source>No use case matches the selection; nothing to compare.</source>
        <translation>Нет сценариев использования, соответствующих выбору; сравнивать нечего.</translation>
    </message>
    <message>
        <source>Every use case of the selection is restricted (%1); add --include-restricted to compare them.</source>
        <translation>Все выбранные сценарии использования имеют ограниченный доступ (%1); добавьте --include-restricted, чтобы сравнить их.</translation>
    </message>
</context>
<context>
    <name>ComparisonSelection</name>
    <message>
        <source>Choose the use cases to compare: --ids, --tag, --query or --workshop.</source>
        <translation>Выберите сценарии использования для сравнения: --ids, --tag, --query или --workshop.</translation>
    </message>
    <message>
        <source>--workshop chooses the use cases itself; leave out --ids, --tag, --query and --since.</source>
        <translation>--workshop сам выбирает сценарии использования; не указывайте --ids, --tag, --query и --since.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has no use case.</source>
        <translation>В семинаре «%1» нет сценариев использования.</translation>
    </message>
    <message>
        <source>There is no workshop named &quot;%1&quot;.</source>
        <translation>Семинара с названием «%1» нет.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: the row has a value in column %2, but the header has only %3 columns.</source>
        <translation>строка %1: в строке есть значение в столбце %2, но в заголовке только %3 столбцов.</translation>
    </message>
    <message>
        <source>line %1: the file has more than %2 rows, the most Casebook reads at once.</source>
        <translation>строка %1: в файле больше %2 строк — это максимум, который Casebook читает за один раз.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Файл пуст: в нём нет строки заголовка.</translation>
    </message>
    <message>
        <source>line %1: a value is longer than %2 KB, the most Casebook reads in one cell.</source>
        <translation>строка %1: значение длиннее %2 КБ — это максимум, который Casebook читает в одной ячейке.</translation>
    </message>
    <message>
        <source>line %1: the row has more than %2 columns, the most Casebook reads.</source>
        <translation>строка %1: в строке больше %2 столбцов — это максимум, который читает Casebook.</translation>
    </message>
    <message>
        <source>line %1: a quoted value is never closed.</source>
        <translation>строка %1: значение в кавычках не закрыто.</translation>
    </message>
    <message>
        <source>line %1: a quoted value is followed by other text; write a quote inside a quoted value as two quotes (&quot;&quot;).</source>
        <translation>строка %1: за значением в кавычках следует другой текст; кавычку внутри значения в кавычках записывайте двумя кавычками (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most Casebook reads at once.</source>
        <translation>Файл больше %1 МБ — это максимум, который Casebook читает за один раз.</translation>
    </message>
    <message>
        <source>line %1: the file contains a NUL character, which a text file never does.</source>
        <translation>строка %1: файл содержит символ NUL, которого не бывает в текстовом файле.</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-16.</source>
        <translation>строка %1: текст не является допустимым UTF-16.</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8; save the sheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>строка %1: текст не является допустимым UTF-8; сохраните таблицу как «CSV UTF-8» и повторите попытку.</translation>
    </message>
    <message>
        <source>The separator must be a comma, a semicolon or a tab.</source>
        <translation>Разделителем должна быть запятая, точка с запятой или табуляция.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>Не удаётся открыть файл %1.</translation>
    </message>
    <message>
        <source>line %1: the header has more than %2 columns, the most Casebook reads.</source>
        <translation>строка %1: в заголовке больше %2 столбцов — это максимум, который читает Casebook.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>Не удалось записать файл CSV.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Не удаётся записать файл %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Casebook database: it is not a regular file.</source>
        <translation>%1 не является базой данных Casebook: это не обычный файл.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Casebook database (it is not an SQLite database file).</source>
        <translation>%1 не является базой данных Casebook (это не файл базы данных SQLite).</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its header is invalid.</source>
        <translation>База данных %1 повреждена: её заголовок недействителен.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and was not changed.</source>
        <translation>База данных %1 повреждена и не была изменена.</translation>
    </message>
    <message>
        <source>The newest backup is %1.</source>
        <translation>Самая новая резервная копия — %1.</translation>
    </message>
    <message>
        <source>Cannot check the database %1.</source>
        <translation>Не удаётся проверить базу данных %1.</translation>
    </message>
    <message>
        <source>%1 failed on %2.</source>
        <translation>%1: сбой при обработке %2.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Файл базы данных не указан.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>База данных %1 не существует.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Casebook (schema %2; this version reads up to %3). Update Casebook to open it.</source>
        <translation>%1 записан более новой версией Casebook (схема %2; эта версия читает схемы до %3). Обновите Casebook, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Не удаётся создать папку для %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Не удаётся открыть базу данных %1.</translation>
    </message>
    <message>
        <source>Cannot read the database %1.</source>
        <translation>Не удаётся прочитать базу данных %1.</translation>
    </message>
    <message>
        <source>%1 is not a Casebook database (it is an SQLite database of another application).</source>
        <translation>%1 не является базой данных Casebook (это база данных SQLite другого приложения).</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1.</source>
        <translation>Не удаётся подготовить базу данных %1.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was left unchanged.</source>
        <translation>Не удалось создать резервную копию %1 перед обновлением, поэтому он оставлен без изменений.</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema version %2; it was left unchanged at version %3.</source>
        <translation>Не удалось обновить %1 до версии схемы %2; он оставлен без изменений в версии %3.</translation>
    </message>
    <message>
        <source>Setting the schema version</source>
        <translation>Установка версии схемы</translation>
    </message>
    <message>
        <source>The backup cannot be written over the open database %1.</source>
        <translation>Резервную копию нельзя записать поверх открытой базы данных %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: the folder does not exist.</source>
        <translation>Не удаётся записать резервную копию %1: папка не существует.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Не удаётся записать резервную копию %1.</translation>
    </message>
    <message>
        <source>The backup %1 did not verify and was not kept.</source>
        <translation>Резервная копия %1 не прошла проверку и не сохранена.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Не удаётся создать папку резервных копий %1.</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Начало транзакции</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>Транзакция уже была завершена.</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Сохранение изменений</translation>
    </message>
    <message>
        <source>Giving assessors an identity</source>
        <translation>Присвоение экспертам идентификаторов</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>Подготовка запроса</translation>
    </message>
    <message>
        <source>The check of %1 was stopped.</source>
        <translation>Проверка %1 остановлена.</translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <source>everything</source>
        <translation>всё</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen use case(s)</source>
        <translation>
            <numerusform>%n выбранный сценарий использования</numerusform>
            <numerusform>%n выбранных сценария использования</numerusform>
            <numerusform>%n выбранных сценариев использования</numerusform>
        </translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>метка: %1</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>поиск: %1</translation>
    </message>
    <message>
        <source>changed since %1</source>
        <translation>изменённые после %1</translation>
    </message>
    <message>
        <source>No use case has the UUID or code &apos;%1&apos;.</source>
        <translation>Нет сценария использования с UUID или кодом «%1».</translation>
    </message>
    <message>
        <source>restricted use cases included</source>
        <translation>включая сценарии использования с ограниченным доступом</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out</source>
        <translation>
            <numerusform>%n сценарий использования с ограниченным доступом не включён</numerusform>
            <numerusform>%n сценария использования с ограниченным доступом не включены</numerusform>
            <numerusform>%n сценариев использования с ограниченным доступом не включены</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetCounter</name>
    <message>
        <source>Counting the facets was cancelled.</source>
        <translation>Подсчёт фасетов отменён.</translation>
    </message>
</context>
<context>
    <name>FieldMatrix</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Вертикальные отрасли</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>Регионы МСЭ-D</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>Контекст развития</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Этап внедрения</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Сфера применения</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Статус утверждения</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>Организация-источник</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Платформы</translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation>Используемые стандарты</translation>
    </message>
    <message>
        <source>Security baselines</source>
        <translation>Базовые требования безопасности</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>КПЭ</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Пробелы в стандартизации</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
</context>
<context>
    <name>GapRepository</name>
    <message>
        <source>Reading the gaps</source>
        <translation>Чтение пробелов</translation>
    </message>
</context>
<context>
    <name>HeatMapChart</name>
    <message>
        <source>Median level (↕ spread in levels):</source>
        <translation>Медианный уровень (↕ разброс в уровнях):</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
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
        <translation>Чтение истории сценария использования</translation>
    </message>
    <message>
        <source>Keeping an earlier version of a use case</source>
        <translation>Сохранение предыдущей версии сценария использования</translation>
    </message>
    <message>
        <source>Reading the history of an assessment</source>
        <translation>Чтение истории оценки</translation>
    </message>
    <message>
        <source>Keeping an earlier version of an assessment</source>
        <translation>Сохранение предыдущей версии оценки</translation>
    </message>
    <message>
        <source>Reading deleted records</source>
        <translation>Чтение удалённых записей</translation>
    </message>
</context>
<context>
    <name>Iec62559UseCaseMapper</name>
    <message>
        <source>%1, line %2: &lt;%3&gt; %4; nothing was imported.</source>
        <translation>%1, строка %2: &lt;%3&gt; %4; ничего не импортировано.</translation>
    </message>
    <message>
        <source>holds &apos;%1&apos;, whose value is not the JSON Casebook writes</source>
        <translation>содержит «%1», значение которого не является JSON, записываемым Casebook</translation>
    </message>
    <message>
        <source>has no &lt;name&gt;, which the schema requires</source>
        <translation>не содержит &lt;name&gt;, которого требует схема</translation>
    </message>
    <message>
        <source>has no &lt;technicalId&gt;, which the schema requires</source>
        <translation>не содержит &lt;technicalId&gt;, которого требует схема</translation>
    </message>
</context>
<context>
    <name>Iec62559XmlReader</name>
    <message>
        <source>%1, line %2: &lt;%3&gt; %4; nothing was imported.</source>
        <translation>%1, строка %2: &lt;%3&gt; %4; ничего не импортировано.</translation>
    </message>
    <message>
        <source>has no &lt;technicalId&gt;, which the schema requires</source>
        <translation>не содержит &lt;technicalId&gt;, которого требует схема</translation>
    </message>
    <message>
        <source>has the technicalId &apos;%1&apos; of another element</source>
        <translation>имеет technicalId «%1» другого элемента</translation>
    </message>
    <message>
        <source>not imported, because no use case of the file refers to them: %1.</source>
        <translation>не импортированы, так как ни один сценарий использования файла на них не ссылается: %1.</translation>
    </message>
    <message>
        <source>is not the root of an IEC 62559-3 document (&lt;UseCaseRepository&gt; or &lt;CPSFramework&gt; in the namespace &quot;cpsframework&quot;)</source>
        <translation>не является корнем документа МЭК 62559-3 (&lt;UseCaseRepository&gt; или &lt;CPSFramework&gt; в пространстве имён &quot;cpsframework&quot;)</translation>
    </message>
    <message>
        <source>holds more than %1 use cases, the most one import takes</source>
        <translation>содержит более %1 сценариев использования — это максимум для одного импорта</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (line %2): kept with the record, under &quot;%3&quot;, what Casebook has no field for: %4.</source>
        <translation>«%1» (строка %2): то, для чего в Casebook нет поля, сохранено вместе с записью в «%3»: %4.</translation>
    </message>
</context>
<context>
    <name>Iec62559XmlWriter</name>
    <message>
        <source>Use cases from Casebook</source>
        <translation>Сценарии использования из Casebook</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
</context>
<context>
    <name>ImportCodes</name>
    <message>
        <source>The code %1 of &quot;%2&quot; is used here by another use case; &quot;%2&quot; has the code %3 here.</source>
        <translation>Код %1 сценария «%2» здесь уже занят другим сценарием использования; здесь у «%2» код %3.</translation>
    </message>
    <message>
        <source>The team repository gives the code %1 to another use case, so &quot;%2&quot; has the new code %3 here; the next sync sends it.</source>
        <translation>Командный репозиторий присваивает код %1 другому сценарию использования, поэтому «%2» получает здесь новый код %3; следующая синхронизация отправит его.</translation>
    </message>
</context>
<context>
    <name>ImportFailure</name>
    <message>
        <source>Nothing was changed: the import did not happen.</source>
        <translation>Ничего не изменено: импорт не выполнен.</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>%1: this kind of file cannot be imported (expected a .casebook bundle, a .csv spreadsheet, a .json file or IEC 62559-3 .xml).</source>
        <translation>%1: такой файл нельзя импортировать (ожидается пакет .casebook, таблица .csv, файл .json или XML МЭК 62559-3 .xml).</translation>
    </message>
    <message>
        <source>Bundles, spreadsheets, JSON and IEC 62559-3 XML (*.casebook *.csv *.txt *.tsv *.json *.xml);;Casebook bundles (*.casebook);;Spreadsheets (*.csv *.txt *.tsv);;JSON (*.json);;IEC 62559-3 XML (*.xml);;All files (*)</source>
        <translation>Пакеты, таблицы, JSON и XML МЭК 62559-3 (*.casebook *.csv *.txt *.tsv *.json *.xml);;Пакеты Casebook (*.casebook);;Таблицы (*.csv *.txt *.tsv);;JSON (*.json);;XML МЭК 62559-3 (*.xml);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ImportLogRepository</name>
    <message>
        <source>Logging the import</source>
        <translation>Запись журнала импорта</translation>
    </message>
    <message>
        <source>Reading the import log</source>
        <translation>Чтение журнала импорта</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Совпадает</translation>
    </message>
    <message>
        <source>Changed there only</source>
        <translation>Изменён только там</translation>
    </message>
    <message>
        <source>Changed here only</source>
        <translation>Изменён только здесь</translation>
    </message>
    <message>
        <source>Changed on both sides, merged</source>
        <translation>Изменён с обеих сторон, объединён</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Deleted there</source>
        <translation>Удалён там</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Удалён здесь</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>Deleted here on %1.</source>
        <translation>Удалён здесь %1.</translation>
    </message>
    <message>
        <source>The code %1 is already used here by &quot;%2&quot;; the use case will get a new code.</source>
        <translation>Код %1 здесь уже занят «%2»; сценарий использования получит новый код.</translation>
    </message>
    <message>
        <source>No common earlier version is known, so every difference is a choice.</source>
        <translation>Общая предыдущая версия неизвестна, поэтому каждое различие требует выбора.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Both copies are revision %1 of this assessment with different scores.</source>
        <translation>Обе копии — редакция %1 этой оценки, но с разными баллами.</translation>
    </message>
    <message>
        <source>The %1 %2 appears twice.</source>
        <translation>%1 %2 встречается дважды.</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>Сценарий использования</translation>
    </message>
    <message>
        <source>The record %1 is both present and deleted in %2.</source>
        <translation>Запись %1 одновременно присутствует и удалена в %2.</translation>
    </message>
    <message>
        <source>rubric</source>
        <translation>Система критериев</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; names the attachment %2, whose file is missing.</source>
        <translation>Сценарий использования «%1» ссылается на вложение %2, файл которого отсутствует.</translation>
    </message>
    <message>
        <source>The file %1 of &quot;%2&quot; was left out of this bundle; ask the sender for a bundle with attachments.</source>
        <translation>Файл %1 из «%2» не включён в этот пакет; попросите отправителя прислать пакет с вложениями.</translation>
    </message>
    <message>
        <source>A different rubric with this UUID is stored here; rubric versions never change, so the local one is kept.</source>
        <translation>Здесь хранится другая система критериев с этим UUID; версии системы критериев не меняются, поэтому сохраняется локальная.</translation>
    </message>
    <message>
        <source>Version %1 of this rubric is already stored here with another UUID; the local one is kept.</source>
        <translation>Версия %1 этой системы критериев уже хранится здесь с другим UUID; сохраняется локальная.</translation>
    </message>
    <message>
        <source>Deleted there on %1.</source>
        <translation>Удалён там %1.</translation>
    </message>
    <message>
        <source>The repository changed since the preview, so nothing was imported; preview %1 again.</source>
        <translation>Репозиторий изменился после предварительного просмотра, поэтому ничего не импортировано; просмотрите %1 ещё раз.</translation>
    </message>
    <message>
        <source>The merged use case &quot;%1&quot; is not valid.</source>
        <translation>Объединённый сценарий использования «%1» недействителен.</translation>
    </message>
    <message>
        <source>It claims to come from the version here but is older than it (modified %1 there, %2 here), so every difference is a choice.</source>
        <translation>Запись утверждает, что происходит от здешней версии, но старше её (изменена там %1, здесь %2), поэтому каждое различие требует выбора.</translation>
    </message>
    <message>
        <source>at no time</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>The copies name different assessors (%1 here, %2 there).</source>
        <translation>В копиях указаны разные эксперты (%1 здесь, %2 там).</translation>
    </message>
    <message>
        <source>These are your own scores; a copy from elsewhere never replaces them unless you choose it (it says revision %1, yours is %2).</source>
        <translation>Это ваши собственные баллы; копия извне никогда не заменит их, если вы её не выберете (в ней указана редакция %1, у вас — %2).</translation>
    </message>
    <message>
        <source>It is signed with your assessor identity, but you have no such assessment here.</source>
        <translation>Она подписана вашим идентификатором эксперта, но такой оценки у вас здесь нет.</translation>
    </message>
    <message>
        <source>Modified there on %1, which is in the future; counted as the time of this import.</source>
        <translation>Изменено там %1, то есть в будущем; считается временем этого импорта.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; of &quot;%2&quot; could run a program when opened (declared as %3, content looks like %4); open it only if you trust the sender.</source>
        <translation>Вложение «%1» из «%2» может запустить программу при открытии (заявлено как %3, содержимое похоже на %4); открывайте его, только если доверяете отправителю.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>тип не указан</translation>
    </message>
    <message>
        <source>The code %1 is also used here by &quot;%2&quot;: the use case made first keeps it, the other gets a new code.</source>
        <translation>Код %1 здесь также использует «%2»: его сохраняет сценарий, созданный первым, другой получает новый код.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%1 added, %2 updated, %3 unchanged, %n conflict(s), %4 deleted, %5 restored</source>
        <translation>
            <numerusform>добавлено: %1, обновлено: %2, без изменений: %3, %n конфликт, удалено: %4, восстановлено: %5</numerusform>
            <numerusform>добавлено: %1, обновлено: %2, без изменений: %3, %n конфликта, удалено: %4, восстановлено: %5</numerusform>
            <numerusform>добавлено: %1, обновлено: %2, без изменений: %3, %n конфликтов, удалено: %4, восстановлено: %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTakeBack</name>
    <message>
        <source>The import %1 of %2 was already taken back (%3).</source>
        <translation>Импорт %1 из %2 уже отменён (%3).</translation>
    </message>
    <message>
        <source>The import %1 came from a sync (%2); a sync cannot be taken back.</source>
        <translation>Импорт %1 получен при синхронизации (%2); синхронизацию отменить нельзя.</translation>
    </message>
    <message>
        <source>The import %1 of %2 was made by an earlier version of Casebook, which kept a copy of the repository from before it instead: %3. Open that copy, or copy it over this repository, to go back.</source>
        <translation>Импорт %1 из %2 выполнен более ранней версией Casebook, которая вместо этого сохранила копию репозитория, сделанную до импорта: %3. Чтобы вернуться назад, откройте эту копию или скопируйте её поверх этого репозитория.</translation>
    </message>
    <message>
        <source>The import %1 of %2 can no longer be taken back: Casebook keeps what the newest %3 imports changed.</source>
        <translation>Импорт %1 из %2 больше нельзя отменить: Casebook хранит изменения лишь последних %3 импортов.</translation>
    </message>
    <message>
        <source>The import %1 of %2 was made before this repository was upgraded to a newer Casebook, so it cannot be taken back.</source>
        <translation>Импорт %1 из %2 выполнен до того, как этот репозиторий был обновлён для более новой версии Casebook, поэтому его нельзя отменить.</translation>
    </message>
    <message>
        <source>The import %1 of %2 cannot be taken back: the use case %3 changed after it (edited here, or changed by a later import, which must be taken back first). Nothing was changed.</source>
        <translation>Импорт %1 из %2 нельзя отменить: сценарий использования %3 изменился после него (отредактирован здесь или изменён более поздним импортом, который нужно отменить первым). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The import %1 of %2 cannot be taken back: a record it changed has changed after it (edited here, or changed by a later import, which must be taken back first). Nothing was changed.</source>
        <translation>Импорт %1 из %2 нельзя отменить: запись, которую он изменил, после этого изменилась (отредактирована здесь или изменена более поздним импортом, который нужно отменить первым). Ничего не изменено.</translation>
    </message>
    <message>
        <source>There is no import %1 in this repository.</source>
        <translation>В этом репозитории нет импорта %1.</translation>
    </message>
    <message>
        <source>Taking back the import %1 of %2 was cancelled; nothing was changed.</source>
        <translation>Отмена импорта %1 из %2 прервана; ничего не изменено.</translation>
    </message>
    <message>
        <source>The import %1 of %2 cannot be taken back: the use case %3, which it added, has been scored since, and taking the import back would remove those scores with it. Nothing was changed.</source>
        <translation>Импорт %1 из %2 нельзя отменить: сценарий использования %3, который он добавил, с тех пор был оценён, и отмена импорта удалила бы эти оценки вместе с ним. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>The assessment by %1 was not imported: its use case or rubric is not here.</source>
        <translation>Оценка от %1 не импортирована: её сценария использования или системы критериев здесь нет.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was imported.</source>
        <translation>Импорт %1 отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The round %1 scores of %2 were not imported: %3</source>
        <translation>Оценки %2 в раунде %1 не импортированы: %3</translation>
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
        <translation>обязательно</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>содержит %1 символов; предел — %2</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>содержит управляющие символы</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>«%1» не является UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>«%1» не является датой и временем в формате ISO 8601</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>должно быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation>содержит %1 элементов; предел — %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
</context>
<context>
    <name>MoCatalog</name>
    <message>
        <source>The file is not a gettext message catalogue.</source>
        <translation>Файл не является каталогом сообщений gettext.</translation>
    </message>
    <message>
        <source>The message catalogue is damaged.</source>
        <translation>Каталог сообщений повреждён.</translation>
    </message>
</context>
<context>
    <name>OdtFinisher</name>
    <message>
        <source>Cannot write the report.</source>
        <translation>Не удаётся записать отчёт.</translation>
    </message>
</context>
<context>
    <name>OperationProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PgConnInfo</name>
    <message>
        <source>Casebook cannot use the team repository address %1: a value contains &apos;;&apos;, which Qt&apos;s PostgreSQL driver does not pass on.</source>
        <translation>Casebook не может использовать адрес командного репозитория %1: значение содержит «;», а драйвер PostgreSQL из Qt его не передаёт.</translation>
    </message>
    <message>
        <source>Casebook cannot use the team repository address %1: it names several hosts; give one.</source>
        <translation>Casebook не может использовать адрес командного репозитория %1: в нём указано несколько хостов; укажите один.</translation>
    </message>
    <message>
        <source>Casebook cannot use the team repository address %1: its host or port is not valid.</source>
        <translation>Casebook не может использовать адрес командного репозитория %1: недопустимый хост или порт.</translation>
    </message>
    <message>
        <source>Casebook cannot use the team repository address %1: its parameter &apos;%2&apos; is not a keyword=value pair.</source>
        <translation>Casebook не может использовать адрес командного репозитория %1: его параметр «%2» не имеет вида ключ=значение.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Could not connect to the team repository %1: %2</source>
        <translation>Не удалось подключиться к командному репозиторию %1: %2</translation>
    </message>
    <message>
        <source>The team repository refused it: %1.</source>
        <translation>Командный репозиторий отклонил это: %1.</translation>
    </message>
    <message>
        <source>The team repository failed: %1.</source>
        <translation>Сбой командного репозитория: %1.</translation>
    </message>
    <message>
        <source>Syncing needs Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql), which could not be loaded.</source>
        <translation>Для синхронизации нужен драйвер PostgreSQL из Qt (пакет Debian libqt6sql6-psql), но его не удалось загрузить.</translation>
    </message>
</context>
<context>
    <name>PgStatement</name>
    <message>
        <source>The team repository failed: a statement lacks a value.</source>
        <translation>Ошибка командного репозитория: в запросе не хватает значения.</translation>
    </message>
    <message>
        <source>The team repository cannot store text that contains a NUL character.</source>
        <translation>Командный репозиторий не может сохранить текст, содержащий символ NUL.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Overall index of each use case (0 to 100); the whisker and the numbers in brackets span the lowest to the highest index its assessors gave: %1.</source>
        <translation>Общий индекс каждого сценария использования (от 0 до 100); «ус» и числа в скобках показывают диапазон от наименьшего до наибольшего индекса, выставленного экспертами: %1.</translation>
    </message>
    <message>
        <source>Each spoke is a part of the rubric on a scale of 0 to 100; each line is a use case, with its own line style and marker: %1.</source>
        <translation>Каждый луч — часть системы критериев по шкале от 0 до 100; каждая линия — сценарий использования со своим стилем линии и маркером: %1.</translation>
    </message>
    <message>
        <source>Overall index with the assessors&apos; range</source>
        <translation>Общий индекс с диапазоном оценок экспертов</translation>
    </message>
    <message>
        <source>Profile of the leading use cases</source>
        <translation>Профиль ведущих сценариев использования</translation>
    </message>
</context>
<context>
    <name>ReportFileWriter</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Отчёт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Cannot write the report %1.</source>
        <translation>Не удаётся записать отчёт %1.</translation>
    </message>
    <message>
        <source>Cannot write the report.</source>
        <translation>Не удаётся записать отчёт.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>Arabic (Debian package fonts-noto-core)</source>
        <translation>Арабский (пакет Debian fonts-noto-core)</translation>
    </message>
    <message>
        <source>Chinese (Debian package fonts-noto-cjk)</source>
        <translation>Китайский (пакет Debian fonts-noto-cjk)</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>INTERNATIONAL TELECOMMUNICATION UNION</source>
        <translation>МЕЖДУНАРОДНЫЙ СОЮЗ ЭЛЕКТРОСВЯЗИ</translation>
    </message>
    <message>
        <source>TELECOMMUNICATION STANDARDIZATION SECTOR</source>
        <translation>СЕКТОР СТАНДАРТИЗАЦИИ ЭЛЕКТРОСВЯЗИ</translation>
    </message>
    <message>
        <source>Question(s):</source>
        <translation>Вопрос(ы):</translation>
    </message>
    <message>
        <source>Meeting, date:</source>
        <translation>Собрание, дата:</translation>
    </message>
    <message>
        <source>Study Group:</source>
        <translation>Исследовательская комиссия:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контактное лицо:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Ключевые слова:</translation>
    </message>
    <message>
        <source>Abstract:</source>
        <translation>Аннотация:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Comparison and ranking</source>
        <translation>Сравнение и ранжирование</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Пробелы в стандартизации</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>not computable (too few paired scores)</source>
        <translation>не вычисляется (слишком мало парных оценок)</translation>
    </message>
    <message>
        <source> (95% interval %1 to %2)</source>
        <translation> (95-процентный интервал от %1 до %2)</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Система критериев</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Each criterion is scored from %1 to %2 by each assessor. A use case&apos;s index (0 to 100) is the weighted mean of the per-criterion medians across assessors; criteria not applicable are left out and the other weights renormalised. Coverage is the share of the rubric&apos;s weight that was scored; use cases below the minimum coverage are listed but not ranked.</source>
        <translation>Каждый эксперт оценивает каждый критерий от %1 до %2. Индекс сценария использования (от 0 до 100) — это взвешенное среднее медиан по критериям среди экспертов; неприменимые критерии исключаются, а остальные веса перенормируются. Охват — доля веса системы критериев, которая была оценена; сценарии использования с охватом ниже минимального перечисляются, но не ранжируются.</translation>
    </message>
    <message>
        <source>%1 at level %2 or below: %3</source>
        <translation>%1 на уровне %2 или ниже: %3</translation>
    </message>
    <message>
        <source>Knock-out rules (they fire when any assessor scores at or below the level)</source>
        <translation>Правила исключения (срабатывают, когда хотя бы один эксперт ставит оценку на этом уровне или ниже)</translation>
    </message>
    <message>
        <source>Agreement between assessors (Krippendorff&apos;s alpha, interval)</source>
        <translation>Согласованность экспертов (альфа Криппендорфа, интервальная)</translation>
    </message>
    <message>
        <source>Agreement between assessors (Krippendorff&apos;s alpha, ordinal)</source>
        <translation>Согласованность экспертов (альфа Криппендорфа, порядковая)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Сценарий использования</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Эксперты</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Разброс</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>The use cases of this report record no standardization gap.</source>
        <translation>В сценариях использования этого отчёта пробелы в стандартизации не отмечены.</translation>
    </message>
    <message>
        <source>Facet not given</source>
        <translation>Аспект не указан</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n gap(s))</source>
        <translation>
            <numerusform>%1 (%n пробел)</numerusform>
            <numerusform>%1 (%n пробела)</numerusform>
            <numerusform>%1 (%n пробелов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>Предполагаемая ОРС</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Сценарии использования</translation>
    </message>
</context>
<context>
    <name>ReportUseCaseHtml</name>
    <message>
        <source>Description of the use case</source>
        <translation>Описание сценария использования</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>Организация-источник</translation>
    </message>
    <message>
        <source>Area / domains</source>
        <translation>Область / домены</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Сфера применения</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Complete description</source>
        <translation>Полное описание</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Преимущества</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Допущения</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Предварительные условия</translation>
    </message>
    <message>
        <source>Generic, regional or national relation</source>
        <translation>Общий, региональный или национальный характер</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Этап внедрения</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>Контекст развития</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>Регионы МСЭ-D</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>Вопросы МСЭ-T</translation>
    </message>
    <message>
        <source>Related Recommendations</source>
        <translation>Связанные Рекомендации</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Дополнительная информация</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Ключевые показатели эффективности</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>КПЭ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Измерено</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Actors and references</source>
        <translation>Участники и ссылки</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Аспект</translation>
    </message>
    <message>
        <source>Conformance tested</source>
        <translation>Соответствие проверено</translation>
    </message>
    <message>
        <source>Scenarios and steps</source>
        <translation>Сценарии и шаги</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Primary actor</source>
        <translation>Основной участник</translation>
    </message>
    <message>
        <source>Triggering event</source>
        <translation>Инициирующее событие</translation>
    </message>
    <message>
        <source>Pre-conditions</source>
        <translation>Предусловия</translation>
    </message>
    <message>
        <source>Post-conditions</source>
        <translation>Постусловия</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Источник информации</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>Передаваемая информация</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Модель данных</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Not assessed against this rubric.</source>
        <translation>Не оценивался по этой системе критериев.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>без места</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Эксперты</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Разброс</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Диапазон</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>Rationales</source>
        <translation>Обоснования</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Пробелы в стандартизации</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>Предполагаемая ОРС</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
</context>
<context>
    <name>RoundDistribution</name>
    <message>
        <source>The workshop &quot;%1&quot; has no round %2.</source>
        <translation>В семинаре «%1» нет раунда %2.</translation>
    </message>
    <message>
        <source>The scores of round %1 are hidden until the facilitator reveals them; each assessor sees only their own.</source>
        <translation>Оценки раунда %1 скрыты, пока ведущий их не раскроет; каждый эксперт видит только свои.</translation>
    </message>
</context>
<context>
    <name>RoundSheetRepository</name>
    <message>
        <source>The workshop &quot;%1&quot; has no round %2.</source>
        <translation>В семинаре «%1» нет раунда %2.</translation>
    </message>
    <message>
        <source>Scores of a round need the assessor&apos;s identity and name.</source>
        <translation>В оценках раунда должны быть указаны идентификатор и имя эксперта.</translation>
    </message>
    <message>
        <source>A round sheet holds too many scores.</source>
        <translation>В листе раунда слишком много оценок.</translation>
    </message>
    <message>
        <source>The use case %1 is not part of the workshop &quot;%2&quot;.</source>
        <translation>Сценарий использования %1 не входит в семинар «%2».</translation>
    </message>
    <message>
        <source>Round scores with the UUID %1 already exist.</source>
        <translation>Оценки раунда с UUID %1 уже существуют.</translation>
    </message>
    <message>
        <source>Saving the round&apos;s scores</source>
        <translation>Сохранение оценок раунда</translation>
    </message>
    <message>
        <source>Reading round scores</source>
        <translation>Чтение оценок раунда</translation>
    </message>
    <message>
        <source>Stored round scores cannot be read.</source>
        <translation>Не удаётся прочитать сохранённые оценки раунда.</translation>
    </message>
</context>
<context>
    <name>RoundTables</name>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Сценарий использования</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Разброс</translation>
    </message>
    <message>
        <source>Spread, round %1</source>
        <translation>Разброс, раунд %1</translation>
    </message>
    <message>
        <source>α, round %1</source>
        <translation>α, раунд %1</translation>
    </message>
</context>
<context>
    <name>RubricEditing</name>
    <message>
        <source>The rubric needs a name.</source>
        <translation>У системы критериев должно быть название.</translation>
    </message>
    <message>
        <source>The rubric&apos;s name is longer than 500 characters.</source>
        <translation>Название системы критериев длиннее 500 символов.</translation>
    </message>
    <message>
        <source>The scale needs a lowest level of 0 or more and a highest level above it (at most 100).</source>
        <translation>У шкалы нижний уровень должен быть не меньше 0, а верхний — больше нижнего (не более 100).</translation>
    </message>
    <message>
        <source>The rubric needs at least one dimension.</source>
        <translation>В системе критериев должно быть хотя бы одно измерение.</translation>
    </message>
    <message>
        <source>Dimension %1 needs a name.</source>
        <translation>У измерения %1 должно быть название.</translation>
    </message>
    <message>
        <source>The dimension id %1 is used twice.</source>
        <translation>Идентификатор измерения %1 используется дважды.</translation>
    </message>
    <message>
        <source>The dimension &quot;%1&quot; has no criteria.</source>
        <translation>В измерении «%1» нет критериев.</translation>
    </message>
    <message>
        <source>criterion %1.%2</source>
        <translation>критерий %1.%2</translation>
    </message>
    <message>
        <source>%1 needs an id of 1 to 32 characters.</source>
        <translation>%1: нужен идентификатор длиной от 1 до 32 символов.</translation>
    </message>
    <message>
        <source>The criterion id %1 is used twice.</source>
        <translation>Идентификатор критерия %1 используется дважды.</translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation>%1: нужно название.</translation>
    </message>
    <message>
        <source>%1: the weight must be a number of 0 or more.</source>
        <translation>%1: вес должен быть числом не меньше 0.</translation>
    </message>
    <message>
        <source>%1: level %2 needs a descriptor.</source>
        <translation>%1: для уровня %2 нужно описание.</translation>
    </message>
    <message>
        <source>%1 has %2 level descriptors; the scale needs %3.</source>
        <translation>У %1 %2 описаний уровней; шкале нужно %3.</translation>
    </message>
    <message>
        <source>At least one criterion needs a weight above 0.</source>
        <translation>Хотя бы у одного критерия вес должен быть больше 0.</translation>
    </message>
    <message>
        <source>A warning rule names the criterion %1, which is not in the rubric.</source>
        <translation>Правило предупреждения ссылается на критерий %1, которого нет в системе критериев.</translation>
    </message>
</context>
<context>
    <name>RubricFile</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a rubric is much smaller.</source>
        <translation>%1 больше %2 МБ; система критериев гораздо меньше.</translation>
    </message>
    <message>
        <source>%1 must hold one rubric object.</source>
        <translation>%1 должен содержать один объект системы критериев.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
</context>
<context>
    <name>RubricJson</name>
    <message>
        <source>this is not a Casebook rubric (format is &apos;%1&apos;)</source>
        <translation>это не система критериев Casebook (формат «%1»)</translation>
    </message>
    <message>
        <source>this rubric was made by a newer Casebook; update Casebook to open it</source>
        <translation>эта система критериев создана более новой версией Casebook; обновите Casebook, чтобы открыть её</translation>
    </message>
    <message>
        <source>uuid: &apos;%1&apos; is not a UUID</source>
        <translation>uuid: «%1» не является UUID</translation>
    </message>
    <message>
        <source>name: a rubric needs a name of at most 500 characters</source>
        <translation>name: у системы критериев должно быть название не длиннее 500 символов</translation>
    </message>
    <message>
        <source>version: must be a whole number from 1</source>
        <translation>version: должно быть целым числом от 1</translation>
    </message>
    <message>
        <source>scale: min must be 0 or more and max greater than min (at most 100)</source>
        <translation>scale: min должно быть не меньше 0, а max — больше min (не более 100)</translation>
    </message>
    <message>
        <source>scale.labels: must be a list of texts</source>
        <translation>scale.labels: должно быть списком строк</translation>
    </message>
    <message>
        <source>dimensions: a rubric needs at least one dimension</source>
        <translation>dimensions: в системе критериев должно быть хотя бы одно измерение</translation>
    </message>
    <message>
        <source>dimensions[%1]: needs a name</source>
        <translation>dimensions[%1]: нужно название</translation>
    </message>
    <message>
        <source>%1: needs an id of 1 to 32 characters</source>
        <translation>%1: нужен идентификатор длиной от 1 до 32 символов</translation>
    </message>
    <message>
        <source>%1: the criterion id &apos;%2&apos; is used twice</source>
        <translation>%1: идентификатор критерия «%2» используется дважды</translation>
    </message>
    <message>
        <source>%1: needs a name</source>
        <translation>%1: нужно название</translation>
    </message>
    <message>
        <source>%1: weight must be a number of 0 or more</source>
        <translation>%1: weight должно быть числом не меньше 0</translation>
    </message>
    <message>
        <source>%1: levels must be a list of texts</source>
        <translation>%1: levels должно быть списком строк</translation>
    </message>
    <message>
        <source>%1: has %2 level descriptors; the scale %3 to %4 needs %5</source>
        <translation>%1: %2 описаний уровней; шкале от %3 до %4 нужно %5</translation>
    </message>
    <message>
        <source>%1: sources must be a list of texts</source>
        <translation>%1: sources должно быть списком строк</translation>
    </message>
    <message>
        <source>weights: at least one criterion needs a weight above 0</source>
        <translation>weights: хотя бы у одного критерия вес должен быть больше 0</translation>
    </message>
    <message>
        <source>knockouts: the criterion &apos;%1&apos; is not in the rubric</source>
        <translation>knockouts: критерия «%1» нет в системе критериев</translation>
    </message>
    <message>
        <source>min_coverage: must be a number from 0 to 1</source>
        <translation>min_coverage: должно быть числом от 0 до 1</translation>
    </message>
</context>
<context>
    <name>RubricRepository</name>
    <message>
        <source>A different rubric with the UUID %1 is already stored; a changed rubric needs a new version.</source>
        <translation>Другая система критериев с UUID %1 уже сохранена; изменённой системе критериев нужна новая версия.</translation>
    </message>
    <message>
        <source>Version %1 of the rubric &quot;%2&quot; is already stored.</source>
        <translation>Версия %1 системы критериев «%2» уже сохранена.</translation>
    </message>
    <message>
        <source>Saving the rubric</source>
        <translation>Сохранение системы критериев</translation>
    </message>
    <message>
        <source>Reading a rubric</source>
        <translation>Чтение системы критериев</translation>
    </message>
    <message>
        <source>There is no rubric %1.</source>
        <translation>Системы критериев %1 не существует.</translation>
    </message>
    <message>
        <source>Listing rubrics</source>
        <translation>Получение списка систем критериев</translation>
    </message>
</context>
<context>
    <name>SafeXmlReader</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most an XML file may have; it was not read.</source>
        <translation>%1 больше %2 МБ — предельного размера файла XML; он не прочитан.</translation>
    </message>
    <message>
        <source>%1, line %2: %3; nothing was imported.</source>
        <translation>%1, строка %2: %3; ничего не импортировано.</translation>
    </message>
    <message>
        <source>the file has a document type declaration (DOCTYPE), which exchange files never need and which can define entities; it is refused</source>
        <translation>в файле есть объявление типа документа (DOCTYPE), которое файлам обмена никогда не нужно и которое может определять сущности; файл отклонён</translation>
    </message>
    <message>
        <source>the entity reference &amp;%1; is refused (only &amp;amp;, &amp;lt;, &amp;gt;, &amp;quot;, &amp;apos; and character references are read)</source>
        <translation>ссылка на сущность &amp;%1; отклонена (читаются только &amp;amp;, &amp;lt;, &amp;gt;, &amp;quot;, &amp;apos; и ссылки на символы)</translation>
    </message>
    <message>
        <source>the processing instruction &lt;?%1?&gt; is refused</source>
        <translation>инструкция обработки &lt;?%1?&gt; отклонена</translation>
    </message>
    <message>
        <source>the file has more than %1 elements</source>
        <translation>в файле больше %1 элементов</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>вложенность элементов превышает %1 уровней</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>второй корневой элемент</translation>
    </message>
    <message>
        <source>the attributes of &lt;%1&gt; are longer than %2 characters</source>
        <translation>атрибуты &lt;%1&gt; длиннее %2 символов</translation>
    </message>
    <message>
        <source>the text of &lt;%1&gt; is longer than %2 characters</source>
        <translation>текст &lt;%1&gt; длиннее %2 символов</translation>
    </message>
    <message>
        <source>%1, line %2: this is not well-formed XML (%3); nothing was imported.</source>
        <translation>%1, строка %2: это не правильно сформированный XML (%3); ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 holds no XML element.</source>
        <translation>%1 не содержит элементов XML.</translation>
    </message>
</context>
<context>
    <name>SafeZipReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>Не удаётся открыть файл %1.</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes), so it is not an archive.</source>
        <translation>Этот файл пуст (0 байт), поэтому он не является архивом.</translation>
    </message>
    <message>
        <source>This file is not a ZIP archive.</source>
        <translation>Этот файл не является архивом ZIP.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Не удаётся прочитать файл %1.</translation>
    </message>
    <message>
        <source>The archive is malformed and cannot be read safely.</source>
        <translation>Архив имеет неправильную структуру и не может быть безопасно прочитан.</translation>
    </message>
    <message>
        <source>The archive is cut short (truncated).</source>
        <translation>Архив обрезан.</translation>
    </message>
    <message>
        <source>The archive is empty.</source>
        <translation>Архив пуст.</translation>
    </message>
    <message>
        <source>The archive uses a ZIP extension that is not supported (Zip64).</source>
        <translation>В архиве используется неподдерживаемое расширение ZIP (Zip64).</translation>
    </message>
    <message>
        <source>The archive is split over several files, which is not supported.</source>
        <translation>Архив разбит на несколько файлов, что не поддерживается.</translation>
    </message>
    <message>
        <source>The archive has too many entries (%1; the limit is %2).</source>
        <translation>В архиве слишком много элементов (%1; предел — %2).</translation>
    </message>
    <message>
        <source>The archive contains a symbolic link, which is not allowed: %1.</source>
        <translation>Архив содержит символическую ссылку, что запрещено: %1.</translation>
    </message>
    <message>
        <source>The archive contains a special file, which is not allowed: %1.</source>
        <translation>Архив содержит специальный файл, что запрещено: %1.</translation>
    </message>
    <message>
        <source>The archive contains a folder entry, which is not allowed: %1.</source>
        <translation>Архив содержит элемент-папку, что запрещено: %1.</translation>
    </message>
    <message>
        <source>The archive contains an entry without a name.</source>
        <translation>Архив содержит элемент без имени.</translation>
    </message>
    <message>
        <source>The archive contains a file name that is too long (%1 characters; the limit is %2): %3.</source>
        <translation>Архив содержит слишком длинное имя файла (%1 символов; предел — %2): %3.</translation>
    </message>
    <message>
        <source>The archive contains a file name with a backslash: %1.</source>
        <translation>Архив содержит имя файла с обратной косой чертой: %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with a drive letter: %1.</source>
        <translation>Архив содержит имя файла с буквой диска: %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with an absolute path: %1.</source>
        <translation>Архив содержит имя файла с абсолютным путём: %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name that points outside the archive: %1.</source>
        <translation>Архив содержит имя файла, указывающее за пределы архива: %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with an empty or &quot;.&quot; folder name: %1.</source>
        <translation>Архив содержит имя файла с пустым именем папки или «.»: %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with characters that are not allowed: %1.</source>
        <translation>Архив содержит имя файла с недопустимыми символами: %1.</translation>
    </message>
    <message>
        <source>The archive contains an encrypted entry: %1.</source>
        <translation>Архив содержит зашифрованный элемент: %1.</translation>
    </message>
    <message>
        <source>The archive entry %1 uses a compression method that is not supported.</source>
        <translation>Элемент архива %1 использует неподдерживаемый метод сжатия.</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its size does not match the size it declares).</source>
        <translation>Архив повреждён в элементе %1 (его размер не совпадает с заявленным).</translation>
    </message>
    <message>
        <source>The archive entry %1 is too large when unpacked (%2 MB; the limit is %3 MB).</source>
        <translation>Элемент архива %1 слишком велик после распаковки (%2 МБ; предел — %3 МБ).</translation>
    </message>
    <message>
        <source>The archive entry %1 expands far too much when unpacked (%2 to 1; the limit is %3 to 1).</source>
        <translation>Элемент архива %1 слишком сильно увеличивается при распаковке (%2 к 1; предел — %3 к 1).</translation>
    </message>
    <message>
        <source>The archive contains a file outside the allowed layout: %1.</source>
        <translation>Архив содержит файл вне допустимой структуры: %1.</translation>
    </message>
    <message>
        <source>The archive contains the same file twice: %1.</source>
        <translation>Архив содержит один и тот же файл дважды: %1.</translation>
    </message>
    <message>
        <source>The archive contains two files whose names differ only in upper and lower case: %1 and %2.</source>
        <translation>Архив содержит два файла, имена которых различаются только регистром букв: %1 и %2.</translation>
    </message>
    <message>
        <source>The archive is too large when unpacked (%1 MB; the limit is %2 MB).</source>
        <translation>Архив слишком велик после распаковки (%1 МБ; предел — %2 МБ).</translation>
    </message>
    <message>
        <source>The archive is malformed: its entries claim more data than the file holds.</source>
        <translation>Архив имеет неправильную структуру: его элементы заявляют больше данных, чем содержит файл.</translation>
    </message>
    <message>
        <source>The archive is malformed: its entries %1 and %2 overlap.</source>
        <translation>Архив имеет неправильную структуру: его элементы %1 и %2 перекрываются.</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its headers do not agree).</source>
        <translation>Архив повреждён в элементе %1 (его заголовки не согласуются).</translation>
    </message>
    <message>
        <source>The archive is missing the file %1.</source>
        <translation>В архиве отсутствует файл %1.</translation>
    </message>
    <message>
        <source>The archive entry %1 does not have the expected size.</source>
        <translation>Элемент архива %1 имеет неожиданный размер.</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (it cannot be unpacked).</source>
        <translation>Архив повреждён в элементе %1 (его нельзя распаковать).</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its checksum does not match).</source>
        <translation>Архив повреждён в элементе %1 (контрольная сумма не совпадает).</translation>
    </message>
    <message>
        <source>The archive entry %1 has been altered (its SHA-256 fingerprint does not match).</source>
        <translation>Элемент архива %1 изменён (отпечаток SHA-256 не совпадает).</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its data descriptor does not agree with the central directory).</source>
        <translation>Архив повреждён в элементе %1 (его дескриптор данных не согласуется с центральным каталогом).</translation>
    </message>
    <message>
        <source>The archive is malformed: %1 bytes after the entry %2 belong to no entry.</source>
        <translation>Архив имеет неправильную структуру: %1 байт после элемента %2 не принадлежат ни одному элементу.</translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>Listing saved views</source>
        <translation>Получение списка сохранённых представлений</translation>
    </message>
    <message>
        <source>A saved view needs a name of 1 to 200 characters.</source>
        <translation>Сохранённому представлению нужно название длиной от 1 до 200 символов.</translation>
    </message>
    <message>
        <source>Saving the view</source>
        <translation>Сохранение представления</translation>
    </message>
    <message>
        <source>Deleting the view</source>
        <translation>Удаление представления</translation>
    </message>
    <message>
        <source>There is no saved view %1.</source>
        <translation>Сохранённого представления %1 не существует.</translation>
    </message>
</context>
<context>
    <name>ScoreEntry</name>
    <message>
        <source>The rubric &quot;%1&quot; (version %2) has no criterion %3.</source>
        <translation>В системе критериев «%1» (версия %2) нет критерия %3.</translation>
    </message>
    <message>
        <source>%1: level %2 is outside the scale %3 to %4.</source>
        <translation>%1: уровень %2 вне шкалы от %3 до %4.</translation>
    </message>
    <message>
        <source>%1 has no score; give it a score first.</source>
        <translation>У %1 нет оценки; сначала оцените его.</translation>
    </message>
    <message>
        <source>%1: the confidence &apos;%2&apos; is not low, medium or high.</source>
        <translation>%1: уверенность «%2» не является low, medium или high.</translation>
    </message>
</context>
<context>
    <name>ScoreIndex</name>
    <message>
        <source>Updating the score index</source>
        <translation>Обновление индекса оценок</translation>
    </message>
    <message>
        <source>Reading the score index</source>
        <translation>Чтение индекса оценок</translation>
    </message>
</context>
<context>
    <name>ScoreReportLoader</name>
    <message>
        <source>Reading rubrics</source>
        <translation>Чтение систем критериев</translation>
    </message>
    <message>
        <source>There is no rubric yet; import one or run &apos;init&apos;.</source>
        <translation>Систем критериев пока нет; импортируйте одну или выполните «init».</translation>
    </message>
    <message>
        <source>Reading use cases</source>
        <translation>Чтение сценариев использования</translation>
    </message>
</context>
<context>
    <name>SearchCompletion</name>
    <message>
        <source>a tag</source>
        <translation>метка</translation>
    </message>
    <message>
        <source>a vertical</source>
        <translation>вертикальная отрасль</translation>
    </message>
    <message>
        <source>a Sustainable Development Goal, 1 to 17</source>
        <translation>цель в области устойчивого развития, от 1 до 17</translation>
    </message>
    <message>
        <source>an ITU region</source>
        <translation>регион МСЭ</translation>
    </message>
    <message>
        <source>a country (ISO 3166 code)</source>
        <translation>страна (код ISO 3166)</translation>
    </message>
    <message>
        <source>a deployment stage</source>
        <translation>этап внедрения</translation>
    </message>
    <message>
        <source>a development context</source>
        <translation>контекст развития</translation>
    </message>
    <message>
        <source>an approval status</source>
        <translation>статус утверждения</translation>
    </message>
    <message>
        <source>the interoperability facet of a gap</source>
        <translation>аспект функциональной совместимости для пробела</translation>
    </message>
    <message>
        <source>a gap&apos;s candidate SDO or a standard&apos;s body</source>
        <translation>предполагаемая ОРС для пробела или организация стандарта</translation>
    </message>
    <message>
        <source>an ITU-T Question, e.g. Q2/20</source>
        <translation>Вопрос МСЭ-T, например Q2/20</translation>
    </message>
</context>
<context>
    <name>SearchProblem</name>
    <message>
        <source>“%1:” is not a filter, so “%2” was left out.</source>
        <translation>«%1:» не является фильтром, поэтому «%2» пропущено.</translation>
    </message>
    <message>
        <source>“%1” was left out: SDGs are numbered 1 to 17.</source>
        <translation>«%1» пропущено: ЦУР пронумерованы от 1 до 17.</translation>
    </message>
    <message>
        <source>“%1” was left out: “%2” is not a value of the %3 filter.</source>
        <translation>«%1» пропущено: «%2» не является значением фильтра %3.</translation>
    </message>
    <message>
        <source>“%1:” is not a filter, so “%2” was searched as words.</source>
        <translation>«%1:» не является фильтром, поэтому «%2» искалось как слова.</translation>
    </message>
    <message>
        <source>“%1” was left out: it has no letters or digits to search for.</source>
        <translation>«%1» пропущено: в нём нет букв или цифр для поиска.</translation>
    </message>
    <message>
        <source>“%1” was left out: a search holds at most %2 words and %3 filter values.</source>
        <translation>«%1» пропущено: поиск может содержать не более %2 слов и %3 значений фильтров.</translation>
    </message>
</context>
<context>
    <name>SearchTextDeferral</name>
    <message>
        <source>Updating the search index</source>
        <translation>Обновление поискового индекса</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The example use cases are missing from this build.</source>
        <translation>В этой сборке отсутствуют примеры сценариев использования.</translation>
    </message>
    <message>
        <source>An example use case is invalid.</source>
        <translation>Один из примеров сценариев использования недействителен.</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>No password was given.</source>
        <translation>Пароль не введён.</translation>
    </message>
    <message>
        <source>System Keychain</source>
        <translation>Системная связка ключей</translation>
    </message>
</context>
<context>
    <name>ServerPasswords</name>
    <message>
        <source>The system keychain is not available, so the password cannot be remembered or read there.</source>
        <translation>Системная связка ключей недоступна, поэтому пароль нельзя ни сохранить в ней, ни прочитать.</translation>
    </message>
</context>
<context>
    <name>ServerRecordCodec</name>
    <message>
        <source>The team repository sent an invalid use case (%1): %2</source>
        <translation>Командный репозиторий прислал недействительный сценарий использования (%1): %2</translation>
    </message>
    <message>
        <source>The team repository sent a use case under the wrong identity: %1.</source>
        <translation>Командный репозиторий прислал сценарий использования с неверным идентификатором: %1.</translation>
    </message>
    <message>
        <source>The team repository sent an invalid ancestry for %1.</source>
        <translation>Командный репозиторий прислал недействительное происхождение для %1.</translation>
    </message>
    <message>
        <source>The team repository sent an invalid rubric (%1): %2</source>
        <translation>Командный репозиторий прислал недействительную систему критериев (%1): %2</translation>
    </message>
    <message>
        <source>The team repository sent an invalid assessment (%1): %2</source>
        <translation>Командный репозиторий прислал недействительную оценку (%1): %2</translation>
    </message>
    <message>
        <source>The team repository sent an attachment whose content does not match its hash.</source>
        <translation>Командный репозиторий прислал вложение, содержимое которого не соответствует его хешу.</translation>
    </message>
</context>
<context>
    <name>ServerRepository</name>
    <message>
        <source>The team repository has no identity; run server init again.</source>
        <translation>У командного репозитория нет идентификатора; снова выполните server init.</translation>
    </message>
    <message>
        <source>%1 is not a member of this team repository; the secretariat adds members with casebook-cli server add-member.</source>
        <translation>%1 не является участником этого командного репозитория; секретариат добавляет участников командой casebook-cli server add-member.</translation>
    </message>
    <message>
        <source>The team repository has no use case %1 that you may see.</source>
        <translation>В командном репозитории нет доступного вам сценария использования %1.</translation>
    </message>
    <message>
        <source>The team repository has %1 use cases with the code %2; share them with psql by their UUID.</source>
        <translation>Сценариев использования с кодом %2 в командном репозитории: %1; поделитесь ими с помощью psql, указав их UUID.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role name.</source>
        <translation>«%1» не является именем роли.</translation>
    </message>
    <message>
        <source>The server has no role %1; nothing was shared.</source>
        <translation>На сервере нет роли %1; общий доступ не предоставлен.</translation>
    </message>
    <message>
        <source>The use case %1 changed on the server meanwhile; nothing was shared. Try again.</source>
        <translation>Сценарий использования %1 тем временем изменился на сервере; общий доступ не предоставлен. Повторите попытку.</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>Could not set up the team repository (step %1, %2): %3</source>
        <translation>Не удалось настроить командный репозиторий (шаг %1, %2): %3</translation>
    </message>
    <message>
        <source>The server is not a Casebook team repository yet; its administrator runs casebook-cli server init first.</source>
        <translation>Сервер ещё не является командным репозиторием Casebook; сначала его администратор должен выполнить casebook-cli server init.</translation>
    </message>
    <message>
        <source>The team repository was set up by a newer version of Casebook (server schema %1; this version knows %2). Update Casebook.</source>
        <translation>Командный репозиторий настроен более новой версией Casebook (схема сервера %1; эта версия знает %2). Обновите Casebook.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a member name: use letters, digits, _ . @ - (at most 63), not starting with casebook_ or pg_.</source>
        <translation>«%1» не может быть именем участника: используйте буквы, цифры, _ . @ - (не более 63), не начиная с casebook_ или pg_.</translation>
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
        <translation>строка %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>запись %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s).</source>
        <translation>
            <numerusform>… и ещё %n проблема.</numerusform>
            <numerusform>… и ещё %n проблемы.</numerusform>
            <numerusform>… и ещё %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a field of its own column, not an extra field</source>
        <translation>«%1» — поле с собственным столбцом, а не дополнительное поле</translation>
    </message>
    <message>
        <source>record %1: must be a use-case object.</source>
        <translation>запись %1: должна быть объектом сценария использования.</translation>
    </message>
    <message>
        <source>uuid: &apos;%1&apos; is not a UUID</source>
        <translation>uuid: «%1» не является UUID</translation>
    </message>
    <message>
        <source>uuid: %1 is already used by %2</source>
        <translation>uuid: %1 уже используется в %2</translation>
    </message>
    <message>
        <source>code: %1 is already used by %2</source>
        <translation>code: %1 уже используется в %2</translation>
    </message>
    <message>
        <source>code: %1 belongs to another use case here (&quot;%2&quot;)</source>
        <translation>code: %1 здесь принадлежит другому сценарию использования («%2»)</translation>
    </message>
    <message numerus="yes">
        <source>The import has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>При импорте обнаружена %n проблема; ничего не импортировано.</numerusform>
            <numerusform>При импорте обнаружены %n проблемы; ничего не импортировано.</numerusform>
            <numerusform>При импорте обнаружено %n проблем; ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds %1 records; Casebook imports at most %2 at once.</source>
        <translation>Файл содержит %1 записей; Casebook импортирует не более %2 за раз.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 больше %2 МБ.</translation>
    </message>
    <message>
        <source>%1: not a SHA-256 (64 hexadecimal digits)</source>
        <translation>%1: это не SHA-256 (64 шестнадцатеричные цифры)</translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message>
        <source>The mapping must be a JSON object.</source>
        <translation>Сопоставление должно быть объектом JSON.</translation>
    </message>
    <message>
        <source>format: the mapping must say &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>format: в сопоставлении должно быть указано &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>version: this Casebook reads mapping version 1.</source>
        <translation>version: эта версия Casebook читает сопоставления версии 1.</translation>
    </message>
    <message>
        <source>%1: is not a key of a mapping.</source>
        <translation>%1: не является ключом сопоставления.</translation>
    </message>
    <message>
        <source>separator: must be &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; or &quot;auto&quot;, not &quot;%1&quot;.</source>
        <translation>separator: должно быть &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; или &quot;auto&quot;, а не &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>columns: must be an object of header name to field.</source>
        <translation>columns: должно быть объектом, сопоставляющим имя заголовка полю.</translation>
    </message>
    <message>
        <source>columns.%1: must be a field name, &quot;&quot; or null.</source>
        <translation>columns.%1: должно быть именем поля, &quot;&quot; или null.</translation>
    </message>
    <message>
        <source>columns.%1: &apos;%2&apos; is not a field of a use case.</source>
        <translation>columns.%1: «%2» не является полем сценария использования.</translation>
    </message>
    <message>
        <source>values: must be an object of field to replacements.</source>
        <translation>values: должно быть объектом, сопоставляющим полю замены.</translation>
    </message>
    <message>
        <source>values.%1: is not a field of a use case.</source>
        <translation>values.%1: не является полем сценария использования.</translation>
    </message>
    <message>
        <source>values.%1: must be an object of value as typed to value to store.</source>
        <translation>values.%1: должно быть объектом, сопоставляющим введённое значение сохраняемому.</translation>
    </message>
    <message>
        <source>values.%1.%2: must be a text value.</source>
        <translation>values.%1.%2: должно быть текстом.</translation>
    </message>
    <message>
        <source>accept_suggestions: must be true or false.</source>
        <translation>accept_suggestions: должно быть true или false.</translation>
    </message>
    <message>
        <source>The mapping: %1</source>
        <translation>Сопоставление: %1</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <source>differs from line %1, where this use case is given first; leave it empty on the rows of its further steps or repeat the same value</source>
        <translation>отличается от строки %1, где этот сценарий использования указан впервые; оставьте поле пустым в строках следующих шагов или повторите то же значение</translation>
    </message>
</context>
<context>
    <name>StoredDocumentCheck</name>
    <message>
        <source>the stored JSON is damaged (%1)</source>
        <translation>сохранённый JSON повреждён (%1)</translation>
    </message>
    <message>
        <source>the stored JSON is not an object</source>
        <translation>сохранённый JSON не является объектом</translation>
    </message>
    <message>
        <source>Checking the stored use cases</source>
        <translation>Проверка сохранённых сценариев использования</translation>
    </message>
    <message>
        <source>use case %1 (%2)</source>
        <translation>сценарий использования %1 (%2)</translation>
    </message>
    <message>
        <source>revision %1 is outside 1 to %2</source>
        <translation>редакция %1 вне диапазона от 1 до %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking the stored rubrics</source>
        <translation>Проверка сохранённых систем критериев</translation>
    </message>
    <message>
        <source>rubric %1 version %2 (%3)</source>
        <translation>система критериев %1, версия %2 (%3)</translation>
    </message>
    <message>
        <source>assessment %1 by %2: %3</source>
        <translation>оценка %1 от %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n record(s) that cannot be read: %2</source>
        <translation>
            <numerusform>%1 содержит %n запись, которую нельзя прочитать: %2</numerusform>
            <numerusform>%1 содержит %n записи, которые нельзя прочитать: %2</numerusform>
            <numerusform>%1 содержит %n записей, которые нельзя прочитать: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>the text is not valid JSON (%1 at byte %2).</source>
        <translation>текст не является допустимым JSON (%1 в байте %2).</translation>
    </message>
    <message>
        <source>the JSON nests deeper than %1 levels at %2.</source>
        <translation>вложенность JSON превышает %1 уровней в %2.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>верхний уровень</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object; each key may be given once.</source>
        <translation>ключ %1 встречается в объекте дважды; каждый ключ можно указать только один раз.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n record(s) stay here: the team repository holds them restricted to other members.</source>
        <translation>
            <numerusform>%n запись остаётся здесь: в командном репозитории она доступна только другим участникам.</numerusform>
            <numerusform>%n записи остаются здесь: в командном репозитории они доступны только другим участникам.</numerusform>
            <numerusform>%n записей остаются здесь: в командном репозитории они доступны только другим участникам.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team repository kept changing the same records during the sync; nothing of the last push was written. Sync again.</source>
        <translation>Во время синхронизации командный репозиторий постоянно изменял одни и те же записи; из последней отправки ничего не записано. Синхронизируйте снова.</translation>
    </message>
</context>
<context>
    <name>SyncPull</name>
    <message>
        <source>The sync was interrupted after reading the server.</source>
        <translation>Синхронизация прервана после чтения с сервера.</translation>
    </message>
    <message>
        <source>team repository %1</source>
        <translation>командный репозиторий %1</translation>
    </message>
    <message>
        <source>The sync was interrupted while writing locally.</source>
        <translation>Синхронизация прервана во время локальной записи.</translation>
    </message>
    <message>
        <source>The sync was interrupted after writing locally.</source>
        <translation>Синхронизация прервана после локальной записи.</translation>
    </message>
</context>
<context>
    <name>SyncPush</name>
    <message numerus="yes">
        <source>%n local change(s) stay here: a reader of the team repository sends no changes.</source>
        <translation>
            <numerusform>%n локальное изменение остаётся здесь: читатель командного репозитория не отправляет изменения.</numerusform>
            <numerusform>%n локальных изменения остаются здесь: читатель командного репозитория не отправляет изменения.</numerusform>
            <numerusform>%n локальных изменений остаются здесь: читатель командного репозитория не отправляет изменения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) changed here stay here: only editors send use cases.</source>
        <translation>
            <numerusform>%n изменённый здесь сценарий использования остаётся здесь: сценарии отправляют только редакторы.</numerusform>
            <numerusform>%n изменённых здесь сценария использования остаются здесь: сценарии отправляют только редакторы.</numerusform>
            <numerusform>%n изменённых здесь сценариев использования остаются здесь: сценарии отправляют только редакторы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) by other assessors stay here: each assessor sends their own.</source>
        <translation>
            <numerusform>%n оценка других экспертов остаётся здесь: каждый эксперт отправляет свои.</numerusform>
            <numerusform>%n оценки других экспертов остаются здесь: каждый эксперт отправляет свои.</numerusform>
            <numerusform>%n оценок других экспертов остаются здесь: каждый эксперт отправляет свои.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) of use cases the team repository does not have stay here.</source>
        <translation>
            <numerusform>%n оценка сценариев использования, которых нет в командном репозитории, остаётся здесь.</numerusform>
            <numerusform>%n оценки сценариев использования, которых нет в командном репозитории, остаются здесь.</numerusform>
            <numerusform>%n оценок сценариев использования, которых нет в командном репозитории, остаются здесь.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync was interrupted after writing on the server.</source>
        <translation>Синхронизация прервана после записи на сервер.</translation>
    </message>
    <message>
        <source>The sync was interrupted while writing on the server.</source>
        <translation>Синхронизация прервана во время записи на сервер.</translation>
    </message>
</context>
<context>
    <name>SyncStateRepository</name>
    <message>
        <source>Reading the sync position</source>
        <translation>Чтение позиции синхронизации</translation>
    </message>
    <message>
        <source>Saving the sync position</source>
        <translation>Сохранение позиции синхронизации</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>Чтение состояния синхронизации</translation>
    </message>
    <message>
        <source>Saving the sync state</source>
        <translation>Сохранение состояния синхронизации</translation>
    </message>
    <message>
        <source>Reading the use cases</source>
        <translation>Чтение сценариев использования</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>Listing tags</source>
        <translation>Получение списка меток</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>Метки %1 не существует.</translation>
    </message>
    <message>
        <source>The tag %1 already exists; merge the tags instead of renaming.</source>
        <translation>Метка %1 уже существует; объедините метки вместо переименования.</translation>
    </message>
    <message>
        <source>Renaming the tag</source>
        <translation>Переименование метки</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge into %1.</source>
        <translation>Выберите хотя бы одну другую метку для объединения с %1.</translation>
    </message>
    <message>
        <source>%1 is not a colour like #1f77b4.</source>
        <translation>%1 не является цветом вида #1f77b4.</translation>
    </message>
    <message>
        <source>Setting the tag colour</source>
        <translation>Установка цвета метки</translation>
    </message>
    <message>
        <source>Tidying tags</source>
        <translation>Упорядочение меток</translation>
    </message>
</context>
<context>
    <name>UseCaseJson</name>
    <message>
        <source>must be a goal number from 1 to 17</source>
        <translation>должно быть номером цели от 1 до 17</translation>
    </message>
    <message>
        <source>must be a size in bytes</source>
        <translation>должно быть размером в байтах</translation>
    </message>
    <message>
        <source>%1: is not a field of a use case</source>
        <translation>%1: не является полем сценария использования</translation>
    </message>
    <message>
        <source>uuid: is required</source>
        <translation>uuid: обязательно</translation>
    </message>
    <message>
        <source>code: is required</source>
        <translation>code: обязательно</translation>
    </message>
    <message>
        <source>created_at and modified_at: are required</source>
        <translation>created_at и modified_at: обязательны</translation>
    </message>
    <message>
        <source>a tag must not be empty</source>
        <translation>метка не должна быть пустой</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; is longer than %2 characters</source>
        <translation>метка «%1» длиннее %2 символов</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; contains control characters</source>
        <translation>метка «%1» содержит управляющие символы</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; has an empty level between &apos;/&apos; separators</source>
        <translation>в метке «%1» есть пустой уровень между разделителями «/»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation>должно быть true, false или null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>«%1» не является датой и временем в формате ISO 8601</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>%1: this field, unknown to this version, nests deeper than %2 levels</source>
        <translation>%1: это поле, неизвестное этой версии, имеет вложенность более %2 уровней</translation>
    </message>
    <message>
        <source>%1: the fields unknown to this version take more than %2 KB in this record; the record is refused rather than cut</source>
        <translation>%1: неизвестные этой версии поля занимают в этой записи более %2 КБ; запись отклонена, а не обрезана</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>должно быть целым числом от 0 до %1</translation>
    </message>
</context>
<context>
    <name>UseCaseRepository</name>
    <message>
        <source>Reading use case codes</source>
        <translation>Чтение кодов сценариев использования</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Проверка кода</translation>
    </message>
    <message>
        <source>The code %1 is already used by &quot;%2&quot;.</source>
        <translation>Код %1 уже используется в «%2».</translation>
    </message>
    <message>
        <source>A use case needs a title.</source>
        <translation>У сценария использования должно быть название.</translation>
    </message>
    <message>
        <source>The UUID of the use case is not valid.</source>
        <translation>UUID сценария использования недействителен.</translation>
    </message>
    <message>
        <source>A use case with the UUID %1 already exists (&quot;%2&quot;).</source>
        <translation>Сценарий использования с UUID %1 уже существует («%2»).</translation>
    </message>
    <message>
        <source>The use case lists an attachment whose file is not stored.</source>
        <translation>Сценарий использования ссылается на вложение, файл которого не сохранён.</translation>
    </message>
    <message>
        <source>Saving the use case</source>
        <translation>Сохранение сценария использования</translation>
    </message>
    <message>
        <source>Saving tags</source>
        <translation>Сохранение меток</translation>
    </message>
    <message>
        <source>Reading a use case</source>
        <translation>Чтение сценария использования</translation>
    </message>
    <message>
        <source>There is no use case %1.</source>
        <translation>Сценария использования %1 не существует.</translation>
    </message>
    <message>
        <source>The stored use case %1 cannot be read.</source>
        <translation>Не удаётся прочитать сохранённый сценарий использования %1.</translation>
    </message>
    <message>
        <source>No use case was named.</source>
        <translation>Сценарий использования не указан.</translation>
    </message>
    <message>
        <source>Deleting the use case</source>
        <translation>Удаление сценария использования</translation>
    </message>
    <message>
        <source>%1 does not have the tag(s) %2.</source>
        <translation>У %1 нет метки (меток) %2.</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Counting use cases</source>
        <translation>Подсчёт сценариев использования</translation>
    </message>
    <message>
        <source>Listing use cases</source>
        <translation>Получение списка сценариев использования</translation>
    </message>
    <message>
        <source>The search is too complex to run; use fewer words and filters.</source>
        <translation>Поиск слишком сложен для выполнения; используйте меньше слов и фильтров.</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Обновление поискового индекса</translation>
    </message>
    <message>
        <source>Reading sharing levels</source>
        <translation>Чтение уровней доступа</translation>
    </message>
</context>
<context>
    <name>UseCaseSheet</name>
    <message>
        <source>&quot;%1&quot; is not a known value for %2; did you mean &quot;%3&quot;?</source>
        <translation>«%1» не является известным значением для %2; возможно, вы имели в виду «%3»?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2.</source>
        <translation>«%1» не является известным значением для %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value; did you mean &quot;%2&quot; (%3)?</source>
        <translation>«%1» не является известным значением; возможно, вы имели в виду «%2» (%3)?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value</source>
        <translation>«%1» не является известным значением</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Статус утверждения</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>Организация-источник</translation>
    </message>
    <message>
        <source>Submitters</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Исходные документы</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation>Уровень доступа</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Вертикальные отрасли</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>ITU regions</source>
        <translation>Регионы МСЭ</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Характер</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Этап внедрения</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Related use cases</source>
        <translation>Связанные сценарии использования</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Преимущества</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>Передаваемая информация</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Интерфейсы</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Платформы</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Identifier schemes</source>
        <translation>Схемы идентификаторов</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Подключение устройств</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Security baselines</source>
        <translation>Базовые требования безопасности</translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation>Управление данными</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>КПЭ</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Извлечённые уроки</translation>
    </message>
    <message>
        <source>Replicable components</source>
        <translation>Тиражируемые компоненты</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Пробелы в стандартизации</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Fields from a newer Casebook</source>
        <translation>Поля из более новой версии Casebook</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» не является целым числом</translation>
    </message>
    <message>
        <source>must be a JSON list of objects</source>
        <translation>должно быть списком объектов JSON</translation>
    </message>
    <message>
        <source>must be a JSON list of objects, as exported by Casebook</source>
        <translation>должно быть списком объектов JSON в том виде, в каком его экспортирует Casebook</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>должно быть объектом JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value: %2</source>
        <translation>«%1» не является допустимым значением: %2</translation>
    </message>
    <message>
        <source>U4SSC KPI codes</source>
        <translation>Коды КПЭ U4SSC</translation>
    </message>
    <message>
        <source>Development context per country</source>
        <translation>Контекст развития по странам</translation>
    </message>
    <message>
        <source>Development context (one for all countries)</source>
        <translation>Контекст развития (один для всех стран)</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>Вопросы МСЭ-T</translation>
    </message>
    <message>
        <source>Related Recommendations</source>
        <translation>Связанные Рекомендации</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Сфера применения</translation>
    </message>
    <message>
        <source>Problem and why current standards fall short</source>
        <translation>Проблема и почему существующих стандартов недостаточно</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Допущения</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Предварительные условия</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation>Используемые стандарты</translation>
    </message>
    <message>
        <source>Version exported (content hash)</source>
        <translation>Экспортированная версия (хеш содержимого)</translation>
    </message>
    <message>
        <source>Scenario name (one row per step)</source>
        <translation>Название сценария (одна строка на шаг)</translation>
    </message>
    <message>
        <source>Scenario description</source>
        <translation>Описание сценария</translation>
    </message>
    <message>
        <source>Scenario primary actor</source>
        <translation>Основной участник сценария</translation>
    </message>
    <message>
        <source>Scenario triggering event</source>
        <translation>Инициирующее событие сценария</translation>
    </message>
    <message>
        <source>Scenario pre-conditions</source>
        <translation>Предусловия сценария</translation>
    </message>
    <message>
        <source>Scenario post-conditions</source>
        <translation>Постусловия сценария</translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>Номер шага</translation>
    </message>
    <message>
        <source>Step event</source>
        <translation>Событие шага</translation>
    </message>
    <message>
        <source>Step process or activity</source>
        <translation>Процесс или действие шага</translation>
    </message>
    <message>
        <source>Step description</source>
        <translation>Описание шага</translation>
    </message>
    <message>
        <source>Step service</source>
        <translation>Служба шага</translation>
    </message>
    <message>
        <source>Step information producer</source>
        <translation>Источник информации шага</translation>
    </message>
    <message>
        <source>Step information receiver</source>
        <translation>Получатель информации шага</translation>
    </message>
    <message>
        <source>Step information exchanged (ids)</source>
        <translation>Информация, передаваемая на шаге (идентификаторы)</translation>
    </message>
    <message>
        <source>Step requirements (ids)</source>
        <translation>Требования шага (идентификаторы)</translation>
    </message>
</context>
<context>
    <name>UseCaseText</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>%1, modified %2%3</source>
        <translation>%1, изменено %2%3</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation>, автор: %1</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>Организация-источник</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Вертикальные отрасли</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>Контекст развития</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Этап внедрения</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Платформы</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Преимущества</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation>Управление данными</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Извлечённые уроки</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Пробелы в стандартизации</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
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
        <translation>%1; требования %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (as written)</source>
        <translation>«%1» (как написано)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>information %1</source>
        <translation>информация %1</translation>
    </message>
    <message>
        <source>requirements %1</source>
        <translation>требования %1</translation>
    </message>
    <message>
        <source>Primary actor</source>
        <translation>Основной участник</translation>
    </message>
    <message>
        <source>Triggering event</source>
        <translation>Инициирующее событие</translation>
    </message>
    <message>
        <source>Pre-conditions</source>
        <translation>Предусловия</translation>
    </message>
    <message>
        <source>Post-conditions</source>
        <translation>Постусловия</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>исходное значение %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>цель %1</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>измерено %1</translation>
    </message>
    <message>
        <source>over time %1</source>
        <translation>динамика %1</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>Регионы МСЭ-D</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Характер</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>Вопросы МСЭ-T</translation>
    </message>
    <message>
        <source>Related Recommendations</source>
        <translation>Связанные Рекомендации</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Сфера применения</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Допущения</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Предварительные условия</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>Передаваемая информация</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>КПЭ</translation>
    </message>
</context>
<context>
    <name>UseCaseValidator</name>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation>содержит %1 элементов; предел — %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>«%1» указано дважды</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice</source>
        <translation>идентификатор «%1» используется дважды</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the use case&apos;s actors</source>
        <translation>«%1» не является участником сценария использования</translation>
    </message>
    <message>
        <source>service</source>
        <translation>служба</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the id of any information exchanged of the use case</source>
        <translation>«%1» не является идентификатором передаваемой информации сценария использования</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the id of a requirement of the use case</source>
        <translation>«%1» не является идентификатором требования сценария использования</translation>
    </message>
    <message>
        <source>ISO 3166 country code</source>
        <translation>код страны ISO 3166</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>development context</source>
        <translation>контекст развития</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the use case&apos;s countries</source>
        <translation>«%1» не входит в страны сценария использования</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a development context twice</source>
        <translation>для «%1» контекст развития указан дважды</translation>
    </message>
    <message>
        <source>approval status</source>
        <translation>статус утверждения</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>должно быть целым числом от 0 до %1</translation>
    </message>
    <message>
        <source>sharing level</source>
        <translation>уровень доступа</translation>
    </message>
    <message>
        <source>vertical</source>
        <translation>вертикальная отрасль</translation>
    </message>
    <message>
        <source>must be a goal number from 1 to 17</source>
        <translation>должно быть номером цели от 1 до 17</translation>
    </message>
    <message>
        <source>goal %1 is listed twice</source>
        <translation>цель %1 указана дважды</translation>
    </message>
    <message>
        <source>ITU-D region</source>
        <translation>регион МСЭ-D</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>характер</translation>
    </message>
    <message>
        <source>deployment stage</source>
        <translation>этап внедрения</translation>
    </message>
    <message>
        <source>kind of relation</source>
        <translation>вид связи</translation>
    </message>
    <message>
        <source>actor type</source>
        <translation>тип участника</translation>
    </message>
    <message>
        <source>interoperability facet</source>
        <translation>аспект функциональной совместимости</translation>
    </message>
    <message>
        <source>identifier target</source>
        <translation>объект идентификации</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <source>gap status</source>
        <translation>статус пробела</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation>должно состоять из 64 шестнадцатеричных цифр</translation>
    </message>
    <message>
        <source>must be a size in bytes</source>
        <translation>должно быть размером в байтах</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>содержит %1 символов; предел — %2</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>должно быть одной строкой без управляющих символов</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>содержит управляющие символы</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation>«%1» не является допустимым адресом электронной почты</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid link (expected for example https://...)</source>
        <translation>«%1» не является допустимой ссылкой (ожидается, например, https://...)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language tag (for example en, ar, zh-Hans)</source>
        <translation>«%1» не является языковым тегом (например, en, ar, zh-Hans)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ITU-T Question (for example Q2/20: Question 2 of Study Group 20)</source>
        <translation>«%1» не является Вопросом МСЭ-T (например, Q2/20: Вопрос 2 Исследовательской комиссии 20)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>«%1» не является датой (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>«%1» не является UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2: %3</source>
        <translation>«%1» не является допустимым значением для %2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2</source>
        <translation>«%1» не является известным значением для %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2 (did you mean &apos;%3&apos;?)</source>
        <translation>«%1» не является известным значением для %2 (возможно, «%3»?)</translation>
    </message>
</context>
<context>
    <name>ValueNormaliser</name>
    <message>
        <source>&quot;%1&quot; is not one of the 17 Sustainable Development Goals.</source>
        <translation>«%1» не является одной из 17 целей в области устойчивого развития.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2; did you mean &quot;%3&quot;?</source>
        <translation>«%1» не является известным значением для %2; возможно, вы имели в виду «%3»?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2.</source>
        <translation>«%1» не является известным значением для %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2: %3</source>
        <translation>«%1» не является допустимым значением для %2: %3</translation>
    </message>
</context>
<context>
    <name>WeightSet</name>
    <message>
        <source>The weight of %1 must be a number, not &apos;%2&apos;.</source>
        <translation>Вес %1 должен быть числом, а не «%2».</translation>
    </message>
    <message>
        <source>The weight of %1 must be zero or more, not %2.</source>
        <translation>Вес %1 должен быть не меньше нуля, а не %2.</translation>
    </message>
    <message>
        <source>A weight is KEY=NUMBER, for example A=40 or A1=6, not &apos;%1&apos;.</source>
        <translation>Вес задаётся как КЛЮЧ=ЧИСЛО, например A=40 или A1=6, а не «%1».</translation>
    </message>
    <message>
        <source>The weight of %1 is given twice.</source>
        <translation>Вес %1 указан дважды.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a weights file holds one JSON object of weights.</source>
        <translation>файл весов содержит один объект JSON с весами.</translation>
    </message>
    <message>
        <source>The weight of %1 must be a number.</source>
        <translation>Вес %1 должен быть числом.</translation>
    </message>
    <message>
        <source>%1 is neither a dimension nor a criterion of the rubric &quot;%2&quot;.</source>
        <translation>%1 не является ни измерением, ни критерием системы критериев «%2».</translation>
    </message>
</context>
<context>
    <name>WelcomeText</name>
    <message>
        <source>Set your name in Preferences so that your edits carry it.</source>
        <translation>Укажите своё имя в настройках, чтобы оно сохранялось в ваших правках.</translation>
    </message>
    <message>
        <source>Welcome to Casebook. This repository has no use cases yet: press Ctrl+N to record one, or import a bundle or a spreadsheet from the File menu.</source>
        <translation>Добро пожаловать в Casebook. В этом репозитории пока нет сценариев использования: нажмите Ctrl+N, чтобы записать сценарий, или импортируйте пакет или таблицу из меню «Файл».</translation>
    </message>
    <message numerus="yes">
        <source>The list shows %n example use case(s) from public IoT and smart-city deployments.</source>
        <translation>
            <numerusform>В списке %n пример сценария использования из открытых внедрений IoT и умных городов.</numerusform>
            <numerusform>В списке %n примера сценариев использования из открытых внедрений IoT и умных городов.</numerusform>
            <numerusform>В списке %n примеров сценариев использования из открытых внедрений IoT и умных городов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows %1, among them %2 (tagged “example”).</source>
        <translation>В списке %1, из них %2 (с меткой «example»).</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n сценарий использования</numerusform>
            <numerusform>%n сценария использования</numerusform>
            <numerusform>%n сценариев использования</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n пример</numerusform>
            <numerusform>%n примера</numerusform>
            <numerusform>%n примеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list shows the %n use case(s) of this repository.</source>
        <translation>
            <numerusform>В списке %n сценарий использования этого репозитория.</numerusform>
            <numerusform>В списке %n сценария использования этого репозитория.</numerusform>
            <numerusform>В списке %n сценариев использования этого репозитория.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Casebook.</source>
        <translation>Добро пожаловать в Casebook.</translation>
    </message>
    <message>
        <source>Filter them with the facets on the left or the search box, and press Ctrl+N to record your own.</source>
        <translation>Фильтруйте их с помощью фасетов слева или поля поиска и нажмите Ctrl+N, чтобы записать свой.</translation>
    </message>
</context>
<context>
    <name>WidgetPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Если не сохранить, изменения будут потеряны.</translation>
    </message>
</context>
<context>
    <name>WorkshopJson</name>
    <message>
        <source>has %1 items; a workshop compares %2 to %3 use cases</source>
        <translation>содержит %1 элементов; семинар сравнивает от %2 до %3 сценариев использования</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>должно быть UUID</translation>
    </message>
    <message>
        <source>names the use case %1 twice</source>
        <translation>дважды указывает сценарий использования %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>has %1 weights; the limit is %2</source>
        <translation>содержит %1 весов; предел — %2</translation>
    </message>
    <message>
        <source>the weight %1 must be a number from 0 to 1000000</source>
        <translation>вес %1 должен быть числом от 0 до 1000000</translation>
    </message>
    <message>
        <source>the name %1 is used twice</source>
        <translation>имя %1 используется дважды</translation>
    </message>
    <message>
        <source>is numbered %1; rounds are numbered 1, 2, ... in order</source>
        <translation>имеет номер %1; раунды нумеруются по порядку: 1, 2, ...</translation>
    </message>
    <message>
        <source>the state must be open, revealed or closed</source>
        <translation>состояние должно быть open, revealed или closed</translation>
    </message>
    <message>
        <source>is open, but only the last round may be open</source>
        <translation>открыт, но открытым может быть только последний раунд</translation>
    </message>
    <message>
        <source>the state must be level, na or unknown</source>
        <translation>состояние должно быть level, na или unknown</translation>
    </message>
    <message>
        <source>criterion %1 of use case %2 is scored twice</source>
        <translation>критерий %1 сценария использования %2 оценён дважды</translation>
    </message>
</context>
<context>
    <name>WorkshopPlanner</name>
    <message>
        <source>Both copies are revision %1 with different content.</source>
        <translation>Обе копии — редакция %1, но с разным содержимым.</translation>
    </message>
    <message>
        <source>A workshop here is already named &quot;%1&quot;; this one will be named &quot;%2&quot;.</source>
        <translation>Здесь уже есть семинар «%1»; этот будет называться «%2».</translation>
    </message>
    <message>
        <source>%1, round %2 of %3</source>
        <translation>%1, раунд %2 из «%3»</translation>
    </message>
    <message>
        <source>The copies belong to different workshops, rounds or assessors.</source>
        <translation>Копии относятся к разным семинарам, раундам или экспертам.</translation>
    </message>
    <message>
        <source>These are your own scores; a copy from elsewhere never replaces them unless you choose it.</source>
        <translation>Это ваши собственные оценки; копия извне никогда не заменит их, если вы её не выберете.</translation>
    </message>
</context>
<context>
    <name>WorkshopRepository</name>
    <message>
        <source>A workshop needs a name of 1 to 200 characters.</source>
        <translation>Семинару нужно название длиной от 1 до 200 символов.</translation>
    </message>
    <message>
        <source>A workshop compares 2 to 12 use cases; %1 were chosen.</source>
        <translation>Семинар сравнивает от 2 до 12 сценариев использования; выбрано %1.</translation>
    </message>
    <message>
        <source>The use case %1 is chosen twice for the workshop.</source>
        <translation>Сценарий использования %1 выбран для семинара дважды.</translation>
    </message>
    <message>
        <source>The workshop has too many weight sets or rounds.</source>
        <translation>В семинаре слишком много наборов весов или раундов.</translation>
    </message>
    <message>
        <source>There is already a workshop named &quot;%1&quot;.</source>
        <translation>Семинар с названием «%1» уже существует.</translation>
    </message>
    <message>
        <source>Saving the workshop</source>
        <translation>Сохранение семинара</translation>
    </message>
    <message>
        <source>Reading workshops</source>
        <translation>Чтение семинаров</translation>
    </message>
    <message>
        <source>A stored workshop cannot be read.</source>
        <translation>Не удаётся прочитать сохранённый семинар.</translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation>Семинара %1 не существует.</translation>
    </message>
    <message>
        <source>Deleting the workshop</source>
        <translation>Удаление семинара</translation>
    </message>
    <message>
        <source>There are too many workshops named &quot;%1&quot;.</source>
        <translation>Слишком много семинаров с названием «%1».</translation>
    </message>
</context>
<context>
    <name>WorkshopRounds</name>
    <message>
        <source>Round %1 of the workshop &quot;%2&quot; is still open; reveal it before opening the next round.</source>
        <translation>Раунд %1 семинара «%2» ещё открыт; раскройте его, прежде чем открывать следующий.</translation>
    </message>
    <message>
        <source>A workshop has at most %1 rounds.</source>
        <translation>В семинаре может быть не более %1 раундов.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has no round yet; open round 1 first.</source>
        <translation>В семинаре «%1» ещё нет раундов; сначала откройте раунд 1.</translation>
    </message>
    <message>
        <source>Round %1 of the workshop &quot;%2&quot; is %3 already.</source>
        <translation>Раунд %1 семинара «%2» уже в состоянии «%3».</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has no open round; the facilitator opens one.</source>
        <translation>В семинаре «%1» нет открытого раунда; его открывает ведущий.</translation>
    </message>
    <message>
        <source>%1 of %2 changes from %3 in round %4 to %5: give a reason for the change.</source>
        <translation>%1 для %2 меняется с %3 в раунде %4 на %5: укажите причину изменения.</translation>
    </message>
</context>
<context>
    <name>WorkshopScope</name>
    <message>
        <source>The rubric version of the workshop &quot;%1&quot; is not in this repository.</source>
        <translation>Версии системы критериев семинара «%1» нет в этом репозитории.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The archive cannot be written: its date is out of range.</source>
        <translation>Не удаётся записать архив: дата вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>The archive cannot be written: the file name %1 is not allowed.</source>
        <translation>Не удаётся записать архив: имя файла %1 недопустимо.</translation>
    </message>
    <message>
        <source>The archive cannot be written: the file name %1 is used twice.</source>
        <translation>Не удаётся записать архив: имя файла %1 используется дважды.</translation>
    </message>
    <message>
        <source>The archive cannot be written.</source>
        <translation>Не удаётся записать архив.</translation>
    </message>
</context>
<context>
    <name>casebook::DefaultRubric</name>
    <message>
        <source>Interoperability and standardization (Resolution 98)</source>
        <translation>Функциональная совместимость и стандартизация (Резолюция 98)</translation>
    </message>
    <message>
        <source>Default Casebook rubric: 12 criteria in 4 dimensions, scored 0 to 4. Weights add up to 100. Built from ISO/IEC 21823-1, LCIM, EIF, GWAC, NIST CPS and IES-City, CAMSS and ITU-T Y.4903/Y.4904.</source>
        <translation>Система критериев Casebook по умолчанию: 12 критериев в 4 измерениях, оценки от 0 до 4. Сумма весов — 100. Составлена на основе ISO/IEC 21823-1, LCIM, EIF, GWAC, NIST CPS и IES-City, CAMSS и МСЭ-T Y.4903/Y.4904.</translation>
    </message>
    <message>
        <source>Absent or unknown</source>
        <translation>Отсутствует или неизвестно</translation>
    </message>
    <message>
        <source>Ad hoc or proprietary</source>
        <translation>Ситуативно или проприетарно</translation>
    </message>
    <message>
        <source>Documented or partial</source>
        <translation>Задокументировано или частично</translation>
    </message>
    <message>
        <source>Standards-based</source>
        <translation>На основе стандартов</translation>
    </message>
    <message>
        <source>Standards-based and verified, certified or proven at scale</source>
        <translation>На основе стандартов и проверено, сертифицировано или подтверждено в масштабе</translation>
    </message>
    <message>
        <source>No security measures (security red flag)</source>
        <translation>Меры безопасности отсутствуют (тревожный сигнал безопасности)</translation>
    </message>
    <message>
        <source>No global identification (identifiers at most unique within one vendor)</source>
        <translation>Нет глобальной идентификации (идентификаторы уникальны не более чем в пределах одного поставщика)</translation>
    </message>
    <message>
        <source>Technical and data interoperability</source>
        <translation>Техническая совместимость и совместимость данных</translation>
    </message>
    <message>
        <source>Transport and connectivity</source>
        <translation>Транспорт и связь</translation>
    </message>
    <message>
        <source>Nothing is known, or a closed link from one vendor</source>
        <translation>Ничего не известно, или закрытый канал одного поставщика</translation>
    </message>
    <message>
        <source>A proprietary protocol that only the vendor documents</source>
        <translation>Проприетарный протокол, описанный только поставщиком</translation>
    </message>
    <message>
        <source>Open protocols outside the SDOs, or an SDO standard with private extensions</source>
        <translation>Открытые протоколы вне ОРС или стандарт ОРС с частными расширениями</translation>
    </message>
    <message>
        <source>Standard bearers and protocols from SDOs, end to end</source>
        <translation>Стандартные каналы и протоколы ОРС из конца в конец</translation>
    </message>
    <message>
        <source>Level 3, with conformance-tested devices and at least two interchangeable bearers or vendors shown to work</source>
        <translation>Уровень 3, с устройствами, прошедшими проверку на соответствие, и как минимум двумя взаимозаменяемыми каналами или поставщиками, работа которых подтверждена</translation>
    </message>
    <message>
        <source>Syntax: data formats and APIs</source>
        <translation>Синтаксис: форматы данных и API</translation>
    </message>
    <message>
        <source>Payloads are undocumented or proprietary binary</source>
        <translation>Полезная нагрузка не описана или в проприетарном двоичном формате</translation>
    </message>
    <message>
        <source>The API or format is documented but proprietary</source>
        <translation>API или формат описан, но является проприетарным</translation>
    </message>
    <message>
        <source>Open generic formats, but no published schema or API contract</source>
        <translation>Открытые общие форматы, но без опубликованной схемы или контракта API</translation>
    </message>
    <message>
        <source>A published, standardized API or serialisation</source>
        <translation>Опубликованный стандартизованный API или формат сериализации</translation>
    </message>
    <message>
        <source>Level 3, with conformance tests or several independent implementations</source>
        <translation>Уровень 3, с тестами на соответствие или несколькими независимыми реализациями</translation>
    </message>
    <message>
        <source>Semantics: information models</source>
        <translation>Семантика: информационные модели</translation>
    </message>
    <message>
        <source>Meaning lives only in the code</source>
        <translation>Смысл заложен только в коде</translation>
    </message>
    <message>
        <source>Only a local data dictionary</source>
        <translation>Только локальный словарь данных</translation>
    </message>
    <message>
        <source>The project publishes its data model, but nobody else uses it</source>
        <translation>Проект публикует свою модель данных, но её больше никто не использует</translation>
    </message>
    <message>
        <source>A shared domain model or ontology from an SDO or community</source>
        <translation>Общая доменная модель или онтология от ОРС или сообщества</translation>
    </message>
    <message>
        <source>Level 3, with a formal ontology and validated mappings to other models</source>
        <translation>Уровень 3, с формальной онтологией и проверенными сопоставлениями с другими моделями</translation>
    </message>
    <message>
        <source>Behaviour and processes</source>
        <translation>Поведение и процессы</translation>
    </message>
    <message>
        <source>The interactions are not described</source>
        <translation>Взаимодействия не описаны</translation>
    </message>
    <message>
        <source>Described in prose only</source>
        <translation>Описаны только в свободной форме</translation>
    </message>
    <message>
        <source>Scenarios and steps are documented but not validated</source>
        <translation>Сценарии и шаги задокументированы, но не проверены</translation>
    </message>
    <message>
        <source>Behaviour follows standard profiles and is tested end to end in one deployment</source>
        <translation>Поведение соответствует стандартным профилям и проверено из конца в конец в одном внедрении</translation>
    </message>
    <message>
        <source>Validated in deployments with several vendors or sites, with test cases</source>
        <translation>Проверено во внедрениях с несколькими поставщиками или объектами, с тестовыми сценариями</translation>
    </message>
    <message>
        <source>Identification and discovery</source>
        <translation>Идентификация и обнаружение</translation>
    </message>
    <message>
        <source>Only local or ad hoc identifiers</source>
        <translation>Только локальные или ситуативные идентификаторы</translation>
    </message>
    <message>
        <source>Identifiers unique within one vendor</source>
        <translation>Идентификаторы уникальны в пределах одного поставщика</translation>
    </message>
    <message>
        <source>Globally unique identifiers that are not registered or resolvable</source>
        <translation>Глобально уникальные идентификаторы, которые не зарегистрированы и не разрешаются</translation>
    </message>
    <message>
        <source>A standardized, resolvable global scheme for devices and applications</source>
        <translation>Стандартизованная разрешаемая глобальная схема для устройств и приложений</translation>
    </message>
    <message>
        <source>Level 3, plus a discovery service and mapping of identifiers between systems</source>
        <translation>Уровень 3, плюс служба обнаружения и сопоставление идентификаторов между системами</translation>
    </message>
    <message>
        <source>Trust and lifecycle</source>
        <translation>Доверие и жизненный цикл</translation>
    </message>
    <message>
        <source>Security and privacy by design</source>
        <translation>Безопасность и защита персональных данных на этапе проектирования</translation>
    </message>
    <message>
        <source>Not addressed, or unknown</source>
        <translation>Не рассматривается или неизвестно</translation>
    </message>
    <message>
        <source>Some ad hoc measures, no threat analysis</source>
        <translation>Некоторые ситуативные меры, без анализа угроз</translation>
    </message>
    <message>
        <source>Threats and privacy assessed and controls documented</source>
        <translation>Угрозы и риски для персональных данных оценены, меры контроля задокументированы</translation>
    </message>
    <message>
        <source>Controls mapped to a recognised security baseline; privacy by design documented</source>
        <translation>Меры контроля сопоставлены с признанными базовыми требованиями безопасности; защита персональных данных при проектировании задокументирована</translation>
    </message>
    <message>
        <source>Independently certified or audited, with a working incident and update process</source>
        <translation>Независимо сертифицировано или проверено, с действующим процессом реагирования на инциденты и обновлений</translation>
    </message>
    <message>
        <source>Device onboarding and lifecycle</source>
        <translation>Подключение и жизненный цикл устройств</translation>
    </message>
    <message>
        <source>Not documented</source>
        <translation>Не задокументировано</translation>
    </message>
    <message>
        <source>Each device provisioned by hand with vendor tools</source>
        <translation>Каждое устройство настраивается вручную инструментами поставщика</translation>
    </message>
    <message>
        <source>Scripted or bulk provisioning, specific to one vendor</source>
        <translation>Настройка скриптами или массово, специфичная для одного поставщика</translation>
    </message>
    <message>
        <source>Standardized bootstrapping and onboarding, with remote update</source>
        <translation>Стандартизованные начальная загрузка и подключение с удалённым обновлением</translation>
    </message>
    <message>
        <source>Zero-touch onboarding across vendors, with secure update and decommissioning shown</source>
        <translation>Подключение без ручного вмешательства для разных поставщиков, с подтверждённым безопасным обновлением и выводом из эксплуатации</translation>
    </message>
    <message>
        <source>Standardization and governance</source>
        <translation>Стандартизация и управление</translation>
    </message>
    <message>
        <source>Openness and maturity of the standards used</source>
        <translation>Открытость и зрелость используемых стандартов</translation>
    </message>
    <message>
        <source>Entirely proprietary</source>
        <translation>Полностью проприетарные</translation>
    </message>
    <message>
        <source>De facto or consortium specifications with restricted access</source>
        <translation>Фактические или консорциумные спецификации с ограниченным доступом</translation>
    </message>
    <message>
        <source>Openly available consortium or open-source specifications</source>
        <translation>Открыто доступные спецификации консорциумов или открытого кода</translation>
    </message>
    <message>
        <source>International SDO standards at most pivotal points of interoperability</source>
        <translation>Международные стандарты ОРС в большинстве ключевых точек функциональной совместимости</translation>
    </message>
    <message>
        <source>International standards at every pivotal point, with active conformance programmes</source>
        <translation>Международные стандарты в каждой ключевой точке с действующими программами проверки соответствия</translation>
    </message>
    <message>
        <source>Policy, legal and organisational interoperability</source>
        <translation>Нормативная, правовая и организационная совместимость</translation>
    </message>
    <message>
        <source>No agreements</source>
        <translation>Соглашений нет</translation>
    </message>
    <message>
        <source>Informal arrangements only</source>
        <translation>Только неформальные договорённости</translation>
    </message>
    <message>
        <source>Bilateral contracts or data-sharing agreements</source>
        <translation>Двусторонние договоры или соглашения об обмене данными</translation>
    </message>
    <message>
        <source>Formal governance, a data-sharing framework and documented regulatory compliance</source>
        <translation>Формальное управление, рамочная программа обмена данными и задокументированное соблюдение нормативных требований</translation>
    </message>
    <message>
        <source>A published, reusable framework governed by several stakeholders</source>
        <translation>Опубликованная многоразовая рамочная программа под управлением нескольких заинтересованных сторон</translation>
    </message>
    <message>
        <source>Contribution to standardization (gaps found)</source>
        <translation>Вклад в стандартизацию (выявленные пробелы)</translation>
    </message>
    <message>
        <source>No gap analysis</source>
        <translation>Анализ пробелов не проводился</translation>
    </message>
    <message>
        <source>Gaps mentioned in passing</source>
        <translation>Пробелы упомянуты вскользь</translation>
    </message>
    <message>
        <source>Gaps documented per facet or layer, naming the standards concerned</source>
        <translation>Пробелы задокументированы по аспектам или уровням с указанием соответствующих стандартов</translation>
    </message>
    <message>
        <source>Gaps mapped to a candidate SDO and Question, with proposed requirements</source>
        <translation>Пробелы соотнесены с предполагаемыми ОРС и Вопросом, с предложенными требованиями</translation>
    </message>
    <message>
        <source>A contribution or liaison has been submitted, or a work item started</source>
        <translation>Представлен вклад или заявление о взаимодействии, либо начата рабочая тема</translation>
    </message>
    <message>
        <source>Impact and inclusiveness</source>
        <translation>Влияние и инклюзивность</translation>
    </message>
    <message>
        <source>Measured impact (KPIs, SDG targets)</source>
        <translation>Измеренное влияние (КПЭ, задачи ЦУР)</translation>
    </message>
    <message>
        <source>No KPIs</source>
        <translation>КПЭ нет</translation>
    </message>
    <message>
        <source>Only qualitative claims</source>
        <translation>Только качественные утверждения</translation>
    </message>
    <message>
        <source>KPIs defined, with targets</source>
        <translation>КПЭ определены, с целевыми значениями</translation>
    </message>
    <message>
        <source>Baselines and measured values of the KPIs, mapped to a published KPI framework: U4SSC KPI codes (cities), SDG targets or indicators, or a recognised sector or organisational KPI set</source>
        <translation>Исходные и измеренные значения КПЭ, сопоставленные с опубликованной системой КПЭ: коды КПЭ U4SSC (города), задачи или показатели ЦУР либо признанный отраслевой или организационный набор КПЭ</translation>
    </message>
    <message>
        <source>Level 3, plus results verified independently or a sustained time series of measured values</source>
        <translation>Уровень 3, плюс независимо проверенные результаты или устойчивый временной ряд измеренных значений</translation>
    </message>
    <message>
        <source>Replicability and inclusiveness across regions</source>
        <translation>Тиражируемость и инклюзивность в разных регионах</translation>
    </message>
    <message>
        <source>A one-off, tied to its site</source>
        <translation>Единичный случай, привязанный к своему объекту</translation>
    </message>
    <message>
        <source>Said to be replicable, but needs high-end infrastructure</source>
        <translation>Заявлен как тиражируемый, но требует дорогостоящей инфраструктуры</translation>
    </message>
    <message>
        <source>Replicable components documented; works with modest infrastructure</source>
        <translation>Тиражируемые компоненты задокументированы; работает со скромной инфраструктурой</translation>
    </message>
    <message>
        <source>Replicated in more than one city or country</source>
        <translation>Повторён более чем в одном городе или стране</translation>
    </message>
    <message>
        <source>Replicated across regions at different levels of development, with their constraints addressed</source>
        <translation>Повторён в регионах с разным уровнем развития с учётом их ограничений</translation>
    </message>
</context>
<context>
    <name>casebook::Rubric</name>
    <message>
        <source>The rubric &quot;%1&quot; has no criterion %2.</source>
        <translation>В системе критериев «%1» нет критерия %2.</translation>
    </message>
    <message>
        <source>%1: level %2 is outside the scale %3 to %4.</source>
        <translation>%1: уровень %2 вне шкалы от %3 до %4.</translation>
    </message>
</context>
<context>
    <name>casebook::Vocabulary</name>
    <message>
        <source>Industrial IoT</source>
        <translation>Промышленный IoT</translation>
    </message>
    <message>
        <source>Internet of vehicles</source>
        <translation>Интернет транспортных средств</translation>
    </message>
    <message>
        <source>Smart oceans and seas</source>
        <translation>Умные океаны и моря</translation>
    </message>
    <message>
        <source>Smart supply chain</source>
        <translation>Умная цепочка поставок</translation>
    </message>
    <message>
        <source>Smart home</source>
        <translation>Умный дом</translation>
    </message>
    <message>
        <source>Smart city services</source>
        <translation>Услуги умного города</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергетика</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Сельское хозяйство</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Водное хозяйство</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Окружающая среда</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Здания</translation>
    </message>
    <message>
        <source>Public safety</source>
        <translation>Общественная безопасность</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Государственное управление</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Disaster management</source>
        <translation>Управление в случае бедствий</translation>
    </message>
    <message>
        <source>Early warning, monitoring and response for natural and man-made disasters. ITU Plenipotentiary Resolution 197 names disaster management among the fields where IoT is expected to play a fundamental role, and ITU-T Study Group 20 studies IoT-based disaster-monitoring systems.</source>
        <translation>Раннее предупреждение, мониторинг и реагирование при природных и техногенных бедствиях. Резолюция 197 Полномочной конференции МСЭ называет управление в случае бедствий среди областей, где IoT должен играть основополагающую роль, а 20-я Исследовательская комиссия МСЭ-T изучает системы мониторинга бедствий на основе IoT.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>Ликвидация нищеты</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Ликвидация голода</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Хорошее здоровье и благополучие</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Качественное образование</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Гендерное равенство</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Чистая вода и санитария</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Недорогостоящая и чистая энергия</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Достойная работа и экономический рост</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Индустриализация, инновации и инфраструктура</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Уменьшение неравенства</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Устойчивые города и населённые пункты</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Ответственное потребление и производство</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Борьба с изменением климата</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Сохранение морских экосистем</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Сохранение экосистем суши</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Мир, правосудие и эффективные институты</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Партнёрство в интересах устойчивого развития</translation>
    </message>
    <message>
        <source>The SDGs named in the proposal of the Asia-Pacific Telecommunity (APT) to the World Telecommunication Standardization Assembly (WTSA) for revising ITU-T Resolution 98. This is proposal text, not text the Assembly adopted; check the Resolution as adopted before quoting it.</source>
        <translation>ЦУР, названные в предложении Азиатско-Тихоокеанского сообщества электросвязи (АТСЭ) Всемирной ассамблее по стандартизации электросвязи (ВАСЭ) о пересмотре Резолюции 98 МСЭ-T. Это текст предложения, а не текст, принятый Ассамблеей; перед цитированием сверьтесь с Резолюцией в принятом виде.</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Африка</translation>
    </message>
    <message>
        <source>ITU-D region: Africa. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Регион МСЭ-D: Африка. Один из шести регионов Сектора развития электросвязи МСЭ (МСЭ-D). МСЭ также объединяет свои Государства-Члены в административные районы A–E (для выборов в Совет и Радиорегламентарный комитет), а Регламент радиосвязи делит мир на Районы 1–3 МСЭ-R (для распределения частот); это разные группировки.</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Северная и Южная Америка</translation>
    </message>
    <message>
        <source>ITU-D region: Americas. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Регион МСЭ-D: Северная и Южная Америка. Один из шести регионов Сектора развития электросвязи МСЭ (МСЭ-D). МСЭ также объединяет свои Государства-Члены в административные районы A–E (для выборов в Совет и Радиорегламентарный комитет), а Регламент радиосвязи делит мир на Районы 1–3 МСЭ-R (для распределения частот); это разные группировки.</translation>
    </message>
    <message>
        <source>Arab States</source>
        <translation>Арабские государства</translation>
    </message>
    <message>
        <source>ITU-D region: Arab States. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Регион МСЭ-D: Арабские государства. Один из шести регионов Сектора развития электросвязи МСЭ (МСЭ-D). МСЭ также объединяет свои Государства-Члены в административные районы A–E (для выборов в Совет и Радиорегламентарный комитет), а Регламент радиосвязи делит мир на Районы 1–3 МСЭ-R (для распределения частот); это разные группировки.</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>Азиатско-Тихоокеанский регион</translation>
    </message>
    <message>
        <source>ITU-D region: Asia and the Pacific. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Регион МСЭ-D: Азиатско-Тихоокеанский регион. Один из шести регионов Сектора развития электросвязи МСЭ (МСЭ-D). МСЭ также объединяет свои Государства-Члены в административные районы A–E (для выборов в Совет и Радиорегламентарный комитет), а Регламент радиосвязи делит мир на Районы 1–3 МСЭ-R (для распределения частот); это разные группировки.</translation>
    </message>
    <message>
        <source>Commonwealth of Independent States</source>
        <translation>Содружество Независимых Государств</translation>
    </message>
    <message>
        <source>ITU-D region: Commonwealth of Independent States. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Регион МСЭ-D: Содружество Независимых Государств. Один из шести регионов Сектора развития электросвязи МСЭ (МСЭ-D). МСЭ также объединяет свои Государства-Члены в административные районы A–E (для выборов в Совет и Радиорегламентарный комитет), а Регламент радиосвязи делит мир на Районы 1–3 МСЭ-R (для распределения частот); это разные группировки.</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Европа</translation>
    </message>
    <message>
        <source>ITU-D region: Europe. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Регион МСЭ-D: Европа. Один из шести регионов Сектора развития электросвязи МСЭ (МСЭ-D). МСЭ также объединяет свои Государства-Члены в административные районы A–E (для выборов в Совет и Радиорегламентарный комитет), а Регламент радиосвязи делит мир на Районы 1–3 МСЭ-R (для распределения частот); это разные группировки.</translation>
    </message>
    <message>
        <source>Least developed country</source>
        <translation>Наименее развитая страна</translation>
    </message>
    <message>
        <source>Landlocked developing country</source>
        <translation>Развивающаяся страна, не имеющая выхода к морю</translation>
    </message>
    <message>
        <source>Small island developing state</source>
        <translation>Малое островное развивающееся государство</translation>
    </message>
    <message>
        <source>Developing country</source>
        <translation>Развивающаяся страна</translation>
    </message>
    <message>
        <source>Economy in transition</source>
        <translation>Страна с переходной экономикой</translation>
    </message>
    <message>
        <source>Developed country</source>
        <translation>Развитая страна</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Общий</translation>
    </message>
    <message>
        <source>Not tied to any particular region, country or place: the use case applies wherever its actors exist (IEC 62559-2, &apos;generic, regional or national relation&apos;).</source>
        <translation>Не привязан к какому-либо региону, стране или месту: сценарий использования применим везде, где есть его участники (МЭК 62559-2, «общий, региональный или национальный характер»).</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Региональный</translation>
    </message>
    <message>
        <source>Tied to a region above the national level, such as a group of countries that share rules, a market or infrastructure (for example European or East African).</source>
        <translation>Привязан к региону выше национального уровня, например к группе стран с общими правилами, рынком или инфраструктурой (например, европейский или восточноафриканский).</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Национальный</translation>
    </message>
    <message>
        <source>Tied to the regulation, market or infrastructure of one country.</source>
        <translation>Привязан к регулированию, рынку или инфраструктуре одной страны.</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Местный</translation>
    </message>
    <message>
        <source>Tied to one place below the national level: a city, a municipality or a group of them, a sub-national region, a utility or a site.</source>
        <translation>Привязан к месту ниже национального уровня: городу, муниципалитету или их группе, субнациональному региону, коммунальному предприятию или объекту.</translation>
    </message>
    <message>
        <source>Concept or study</source>
        <translation>Концепция или исследование</translation>
    </message>
    <message>
        <source>Lab prototype</source>
        <translation>Лабораторный прототип</translation>
    </message>
    <message>
        <source>Field pilot</source>
        <translation>Полевой пилотный проект</translation>
    </message>
    <message>
        <source>In operation at one site</source>
        <translation>Эксплуатируется на одном объекте</translation>
    </message>
    <message>
        <source>Scaled to several sites or regions</source>
        <translation>Масштабирован на несколько объектов или регионов</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>For comment</source>
        <translation>Для комментариев</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Заменено</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Открытый</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Для группы</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Ограниченный</translation>
    </message>
    <message>
        <source>2G/3G/4G cellular</source>
        <translation>Сотовая связь 2G/3G/4G</translation>
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
        <translation>Связь по линиям электропередачи</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Спутниковая связь</translation>
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
        <translation>Проводной Ethernet / полевая шина</translation>
    </message>
    <message>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <source>Near-field communication (ISO/IEC 18092 and the NFC Forum specifications): contact-range links and tags.</source>
        <translation>Связь ближнего поля (ISO/IEC 18092 и спецификации NFC Forum): соединения и метки на расстоянии касания.</translation>
    </message>
    <message>
        <source>RFID</source>
        <translation>RFID</translation>
    </message>
    <message>
        <source>Radio-frequency identification: passive or active tags read by radio, e.g. ISO/IEC 18000 air interfaces and GS1 EPC tags.</source>
        <translation>Радиочастотная идентификация: пассивные или активные метки, считываемые по радио, например радиоинтерфейсы ISO/IEC 18000 и метки GS1 EPC.</translation>
    </message>
    <message>
        <source>manual per device</source>
        <translation>вручную для каждого устройства</translation>
    </message>
    <message>
        <source>vendor-specific bulk provisioning</source>
        <translation>массовая настройка средствами поставщика</translation>
    </message>
    <message>
        <source>LwM2M bootstrap</source>
        <translation>начальная загрузка LwM2M</translation>
    </message>
    <message>
        <source>FIDO Device Onboard</source>
        <translation>FIDO Device Onboard</translation>
    </message>
    <message>
        <source>Matter commissioning</source>
        <translation>ввод в эксплуатацию Matter</translation>
    </message>
    <message>
        <source>SIM-based</source>
        <translation>на основе SIM</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспортный</translation>
    </message>
    <message>
        <source>Syntactic</source>
        <translation>Синтаксический</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>Семантический</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Поведенческий</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Нормативный</translation>
    </message>
    <message>
        <source>ITU-T</source>
        <translation>МСЭ-T</translation>
    </message>
    <message>
        <source>ITU-R</source>
        <translation>МСЭ-R</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ИСО</translation>
    </message>
    <message>
        <source>IEC</source>
        <translation>МЭК</translation>
    </message>
    <message>
        <source>ISO/IEC JTC 1</source>
        <translation>ИСО/МЭК СТК 1</translation>
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
        <translation>Европейский комитет по стандартизации и Европейский комитет по электротехнической стандартизации</translation>
    </message>
    <message>
        <source>GSMA</source>
        <translation>GSMA</translation>
    </message>
    <message>
        <source>GSM Association</source>
        <translation>Ассоциация GSM</translation>
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
        <translation>Выявлен</translation>
    </message>
    <message>
        <source>Liaised</source>
        <translation>Направлен по связи</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>Рабочая тема</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>Включает</translation>
    </message>
    <message>
        <source>Extends</source>
        <translation>Расширяет</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дублирует</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Связан</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Create: an object is created</source>
        <translation>Создание: объект создаётся</translation>
    </message>
    <message>
        <source>Get: information is read or requested</source>
        <translation>Получение: информация считывается или запрашивается</translation>
    </message>
    <message>
        <source>Change: an object is modified</source>
        <translation>Изменение: объект изменяется</translation>
    </message>
    <message>
        <source>Delete: an object is removed</source>
        <translation>Удаление: объект удаляется</translation>
    </message>
    <message>
        <source>Cancel: an activity is stopped</source>
        <translation>Отмена: действие прекращается</translation>
    </message>
    <message>
        <source>Close: an activity or session ends</source>
        <translation>Закрытие: действие или сеанс завершается</translation>
    </message>
    <message>
        <source>Execute: an action is carried out</source>
        <translation>Выполнение: выполняется действие</translation>
    </message>
    <message>
        <source>Report: information is sent without a request</source>
        <translation>Отчёт: информация отправляется без запроса</translation>
    </message>
    <message>
        <source>Timer: a step waits for a time or a period</source>
        <translation>Таймер: шаг ожидает момента или истечения периода</translation>
    </message>
    <message>
        <source>Repeat: a group of steps runs again</source>
        <translation>Повтор: группа шагов выполняется снова</translation>
    </message>
</context>
<context>
    <name>casebook::ui::AttachmentListModel</name>
    <message>
        <source>%1
A program or script: Casebook asks before opening it.
SHA-256 %2</source>
        <translation>%1
Программа или сценарий: Casebook спросит перед открытием.
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
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
</context>
<context>
    <name>casebook::ui::AttachmentsSection</name>
    <message>
        <source>Files attached to this use case:</source>
        <translation>Файлы, вложенные в этот сценарий использования:</translation>
    </message>
    <message>
        <source>No attachments. Add contributions, diagrams or data files: each is stored once in the repository, whatever uses it.</source>
        <translation>Вложений нет. Добавьте вклады, схемы или файлы данных: каждый файл хранится в репозитории один раз, сколько бы сценариев его ни использовали.</translation>
    </message>
    <message>
        <source>Attachments can be added and opened once the use case is in a repository.</source>
        <translation>Вложения можно добавлять и открывать, когда сценарий использования находится в репозитории.</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Вложить файлы</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the limit for an attachment.</source>
        <translation>%1 больше %2 — предельного размера вложения.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Не удалось прочитать %1.</translation>
    </message>
    <message>
        <source>Open a Program?</source>
        <translation>Открыть программу?</translation>
    </message>
    <message>
        <source>“%1” is a program or script. Opening it may run it on this computer with your permissions.</source>
        <translation>«%1» — программа или сценарий. При открытии он может запуститься на этом компьютере с вашими правами.</translation>
    </message>
    <message>
        <source>Open it only if you trust where it came from.</source>
        <translation>Открывайте его, только если доверяете его источнику.</translation>
    </message>
    <message>
        <source>A temporary folder to open the attachment in could not be created.</source>
        <translation>Не удалось создать временную папку для открытия вложения.</translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary folder.</source>
        <translation>Не удалось записать %1 во временную папку.</translation>
    </message>
    <message>
        <source>No application on this computer could open %1.</source>
        <translation>Ни одно приложение на этом компьютере не смогло открыть %1.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Remove Attachments</source>
        <translation>Удаление вложений</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n attachment(s) from this use case?</source>
        <translation>
            <numerusform>Удалить %n вложение из этого сценария использования?</numerusform>
            <numerusform>Удалить %n вложения из этого сценария использования?</numerusform>
            <numerusform>Удалить %n вложений из этого сценария использования?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 adds files, %2 opens the selected one, %3 removes it</source>
        <translation>%1 добавляет файлы, %2 открывает выбранный, %3 удаляет его</translation>
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
        <translation>Пакет не записан</translation>
    </message>
    <message>
        <source>It is larger than 20 MB, which many mail servers refuse.</source>
        <translation>Он больше 20 МБ; многие почтовые серверы такие вложения отклоняют.</translation>
    </message>
    <message>
        <source>Casebook bundle: %1</source>
        <translation>Пакет Casebook: %1</translation>
    </message>
    <message>
        <source>Attach it to your email from the folder that opened.</source>
        <translation>Вложите его в письмо из открывшейся папки.</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Пакет записан</translation>
    </message>
    <message>
        <source>This bundle cannot be imported</source>
        <translation>Этот пакет нельзя импортировать</translation>
    </message>
    <message>
        <source>The import did not happen</source>
        <translation>Импорт не выполнен</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Импортировать нечего</translation>
    </message>
    <message>
        <source>This repository already has everything in %1.</source>
        <translation>В этом репозитории уже есть всё, что содержит %1.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>&amp;Bundle (.casebook)...</source>
        <translation>&amp;Пакет (.casebook)...</translation>
    </message>
    <message>
        <source>Share by &amp;Email...</source>
        <translation>Отправить по &amp;почте...</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <source>Casebook bundles (*.casebook)</source>
        <translation>Пакеты Casebook (*.casebook)</translation>
    </message>
    <message>
        <source>%1 is ready: %2, %3.</source>
        <translation>%1 готов: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to share them).</source>
        <translation>
            <numerusform>%n сценарий использования с ограниченным доступом не включён (отметьте «Включить сценарии с ограниченным доступом», чтобы поделиться им).</numerusform>
            <numerusform>%n сценария использования с ограниченным доступом не включены (отметьте «Включить сценарии с ограниченным доступом», чтобы поделиться ими).</numerusform>
            <numerusform>%n сценариев использования с ограниченным доступом не включены (отметьте «Включить сценарии с ограниченным доступом», чтобы поделиться ими).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Открыть пакет</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Этот файл нельзя импортировать</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Comparing %1 with this repository…</source>
        <translation>Сравнение %1 с этим репозиторием…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>%1. Nothing was lost: replaced versions are in each record&apos;s history, and File &gt; Take Back Last Import undoes the whole import.</source>
        <translation>%1. Ничего не потеряно: заменённые версии сохранены в истории каждой записи, а весь импорт можно отменить через «Файл &gt; Отменить последний импорт».</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChartView</name>
    <message>
        <source>Nothing to chart: no use case has a score.</source>
        <translation>Нечего отображать: ни у одного сценария использования нет оценки.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableDelegate</name>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>Space ticks or unticks; Enter keeps the choice</source>
        <translation>Пробел ставит или снимает отметку; Enter сохраняет выбор</translation>
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
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove Rows</source>
        <translation>Удалить строки</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>%1 adds a row, %2 removes the selected ones, %3 and %4 move one</source>
        <translation>%1 добавляет строку, %2 удаляет выбранные, %3 и %4 перемещают строку</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableModel</name>
    <message>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices</source>
        <translation>«%1» нет среди вариантов</translation>
    </message>
    <message>
        <source>%1: %2 rows; the limit is %3</source>
        <translation>%1: %2 строк; предел — %3</translation>
    </message>
    <message>
        <source>%1 row %2, %3: %4</source>
        <translation>%1, строка %2, %3: %4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Press Space to switch between yes, unknown and no</source>
        <translation>Нажмите пробел, чтобы переключаться между «да», «неизвестно» и «нет»</translation>
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
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>(выберите поле)</translation>
    </message>
    <message>
        <source>Another column already fills this field</source>
        <translation>Это поле уже заполняется другим столбцом</translation>
    </message>
    <message>
        <source>Not mapped: choose a field or leave it out</source>
        <translation>Не сопоставлен: выберите поле или пропустите столбец</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Выбран</translation>
    </message>
    <message>
        <source>Left out (no header)</source>
        <translation>Пропущен (без заголовка)</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Распознан</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>Столбец таблицы</translation>
    </message>
    <message>
        <source>Casebook field</source>
        <translation>Поле Casebook</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CompareActions</name>
    <message>
        <source>&amp;Compare Use Cases...</source>
        <translation>&amp;Сравнить сценарии использования...</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CompareChooser</name>
    <message>
        <source>Selected use cases</source>
        <translation>Выбранные сценарии использования</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Сохранённое представление</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>С&amp;равнить</translation>
    </message>
    <message>
        <source>&amp;Use cases:</source>
        <translation>&amp;Сценарии использования:</translation>
    </message>
    <message>
        <source>Ru&amp;bric:</source>
        <translation>Система &amp;критериев:</translation>
    </message>
    <message>
        <source>Tag, saved view or search</source>
        <translation>Метка, сохранённое представление или поиск</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <source>Selected in the catalogue: %1</source>
        <translation>Выбрано в каталоге: %1</translation>
    </message>
    <message>
        <source>Choose a tag, a saved view or a search first.</source>
        <translation>Сначала выберите метку, сохранённое представление или поиск.</translation>
    </message>
    <message>
        <source>Where the 2 to 12 use cases to compare come from</source>
        <translation>Откуда берутся от 2 до 12 сравниваемых сценариев использования</translation>
    </message>
    <message>
        <source>The tag, saved view or search whose use cases are compared</source>
        <translation>Метка, сохранённое представление или поиск, сценарии использования из которых сравниваются</translation>
    </message>
    <message>
        <source>The rubric the use cases are compared by: %1</source>
        <translation>Система критериев, по которой сравниваются сценарии использования: %1</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CompareWindow</name>
    <message>
        <source>Ranking</source>
        <translation>Рейтинг</translation>
    </message>
    <message>
        <source>Index Bars</source>
        <translation>Столбцы индекса</translation>
    </message>
    <message>
        <source>Heat Map</source>
        <translation>Тепловая карта</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>Лепестковая диаграмма</translation>
    </message>
    <message>
        <source>Field Matrix</source>
        <translation>Матрица полей</translation>
    </message>
    <message>
        <source>Disagreement First</source>
        <translation>Сначала разногласия</translation>
    </message>
    <message>
        <source>Compare Use Cases</source>
        <translation>Сравнение сценариев использования</translation>
    </message>
    <message>
        <source>Use Cases</source>
        <translation>Сценарии использования</translation>
    </message>
    <message>
        <source>What-If Weights</source>
        <translation>Что если изменить веса</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Раунды</translation>
    </message>
    <message>
        <source>&amp;Export Chart...</source>
        <translation>&amp;Экспортировать диаграмму...</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Презентация</translation>
    </message>
    <message>
        <source>Leave Presentation</source>
        <translation>Выйти из презентации</translation>
    </message>
    <message>
        <source>Reveal Scores</source>
        <translation>Раскрыть оценки</translation>
    </message>
    <message>
        <source>Next View</source>
        <translation>Следующий вид</translation>
    </message>
    <message>
        <source>Previous View</source>
        <translation>Предыдущий вид</translation>
    </message>
    <message>
        <source>Next Use Case</source>
        <translation>Следующий сценарий использования</translation>
    </message>
    <message>
        <source>Previous Use Case</source>
        <translation>Предыдущий сценарий использования</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>Save &amp;Workshop...</source>
        <translation>Сохранить с&amp;еминар...</translation>
    </message>
    <message>
        <source>&amp;Open Workshop...</source>
        <translation>&amp;Открыть семинар...</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>&amp;Следующий вид</translation>
    </message>
    <message>
        <source>P&amp;revious View</source>
        <translation>&amp;Предыдущий вид</translation>
    </message>
    <message>
        <source>Reset &amp;Weights to Rubric</source>
        <translation>Вернуть &amp;веса системы критериев</translation>
    </message>
    <message>
        <source>&amp;Save Weight Set...</source>
        <translation>&amp;Сохранить набор весов...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Choose 2 to 12 use cases (the selection, a tag, a saved view or a search) and a rubric, then Compare.</source>
        <translation>Выберите от 2 до 12 сценариев использования (выбранные, метку, сохранённое представление или поиск) и систему критериев, затем нажмите «Сравнить».</translation>
    </message>
    <message>
        <source>None of these use cases has been scored with %1 yet.</source>
        <translation>Ни один из этих сценариев использования ещё не оценён по %1.</translation>
    </message>
    <message>
        <source>Use cases compared: %1. Rubric: %2, version %3.</source>
        <translation>Сравниваемые сценарии использования: %1. Система критериев: %2, версия %3.</translation>
    </message>
    <message>
        <source>The scores are hidden. The facilitator reveals them with R.</source>
        <translation>Оценки скрыты. Ведущий раскрывает их клавишей R.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <source>Overall index (%1)</source>
        <translation>Общий индекс (%1)</translation>
    </message>
    <message>
        <source>Bar: overall index 0–100 from the per-criterion medians; whisker: the lowest to the highest assessor&apos;s own index.</source>
        <translation>Столбец: общий индекс 0–100 по медианам критериев; «ус»: от наименьшего до наибольшего индекса отдельных экспертов.</translation>
    </message>
    <message>
        <source>Median level per criterion (%1)</source>
        <translation>Медианный уровень по критериям (%1)</translation>
    </message>
    <message>
        <source>Each cell: the median level of the assessors and, after ↕, the spread (highest − lowest level).</source>
        <translation>В каждой ячейке: медианный уровень экспертов и после ↕ — разброс (наибольший − наименьший уровень).</translation>
    </message>
    <message>
        <source>Dimensions (%1)</source>
        <translation>Измерения (%1)</translation>
    </message>
    <message>
        <source>Spokes: subtotals 0–100; one line per use case (the rows selected in the table, at most %1).</source>
        <translation>Лучи: промежуточные итоги 0–100; по линии на сценарий использования (строки, выбранные в таблице, не более %1).</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>This view has no chart to export.</source>
        <translation>В этом виде нет диаграммы для экспорта.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Изображение PNG (*.png);;Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1 pixels wide</source>
        <translation>ширина %1 пикселей</translation>
    </message>
    <message>
        <source>Resolution of the PNG:</source>
        <translation>Разрешение PNG:</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>Диаграмма записана в %1</translation>
    </message>
    <message>
        <source>Compare 2 to 12 use cases before saving them as a workshop.</source>
        <translation>Сравните от 2 до 12 сценариев использования, прежде чем сохранить их как семинар.</translation>
    </message>
    <message>
        <source>Save Workshop</source>
        <translation>Сохранение семинара</translation>
    </message>
    <message>
        <source>Name of the workshop:</source>
        <translation>Название семинара:</translation>
    </message>
    <message>
        <source>Workshop %1 saved.</source>
        <translation>Семинар %1 сохранён.</translation>
    </message>
    <message>
        <source>Open Workshop</source>
        <translation>Открыть семинар</translation>
    </message>
    <message>
        <source>No workshop is saved in this repository yet.</source>
        <translation>В этом репозитории пока нет сохранённых семинаров.</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Семинар:</translation>
    </message>
    <message>
        <source>Workshop %1 - Compare Use Cases</source>
        <translation>Семинар %1 — Сравнение сценариев использования</translation>
    </message>
    <message>
        <source>R reveals the scores · Left and Right change the view · Up and Down go through the use cases · Esc ends the presentation</source>
        <translation>R раскрывает оценки · Влево и Вправо меняют вид · Вверх и Вниз перебирают сценарии использования · Esc завершает презентацию</translation>
    </message>
    <message>
        <source>The use cases by rank; a column&apos;s header sorts by it</source>
        <translation>Сценарии использования по местам в рейтинге; заголовок столбца сортирует по нему</translation>
    </message>
    <message>
        <source>The ranking&apos;s figures, drawn as bars in the chart</source>
        <translation>Показатели рейтинга, изображённые столбцами на диаграмме</translation>
    </message>
    <message>
        <source>Each criterion&apos;s level per use case, as the heat map shows</source>
        <translation>Уровень каждого критерия по сценариям использования, как на тепловой карте</translation>
    </message>
    <message>
        <source>Each dimension per use case; select rows to draw only those</source>
        <translation>Каждое измерение по сценариям использования; выберите строки, чтобы отобразить только их</translation>
    </message>
    <message>
        <source>The use cases&apos; facts side by side, and whether they differ</source>
        <translation>Сведения о сценариях использования рядом друг с другом и различаются ли они</translation>
    </message>
    <message>
        <source>The criteria the assessors disagree on most come first</source>
        <translation>Первыми идут критерии, по которым эксперты расходятся сильнее всего</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CountryContextEditor</name>
    <message>
        <source>List the countries of the deployment above to give each its context.</source>
        <translation>Перечислите выше страны внедрения, чтобы указать контекст для каждой.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>The use case as a whole:</source>
        <translation>Сценарий использования в целом:</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>The development context of what is named beside it</source>
        <translation>Контекст развития для того, что указано рядом</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CoverPageForm</name>
    <message>
        <source>e.g. Q2/20</source>
        <translation>например, Q2/20</translation>
    </message>
    <message>
        <source>e.g. Study Group 20</source>
        <translation>например, Исследовательская комиссия 20</translation>
    </message>
    <message>
        <source>Place and date, e.g. Geneva, 3-12 March 2027</source>
        <translation>Место и дата, например Женева, 3–12 марта 2027 года</translation>
    </message>
    <message>
        <source>Discussion, Information or Proposal</source>
        <translation>Обсуждение, Информация или Предложение</translation>
    </message>
    <message>
        <source>&amp;Question(s):</source>
        <translation>&amp;Вопрос(ы):</translation>
    </message>
    <message>
        <source>Study &amp;group:</source>
        <translation>&amp;Исследовательская комиссия:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Собрание:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Ис&amp;точник:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;Имя контактного лица:</translation>
    </message>
    <message>
        <source>Contact &amp;organization:</source>
        <translation>&amp;Организация контактного лица:</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>&amp;Эл. почта контактного лица:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Ключевые слова:</translation>
    </message>
    <message>
        <source>&amp;Abstract:</source>
        <translation>&amp;Аннотация:</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CsvImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Импорт таблицы</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Choose the sheet</source>
        <translation>Выбор таблицы</translation>
    </message>
    <message>
        <source>A CSV file with a header row, as Excel or LibreOffice save it: comma or semicolon separated, UTF-8 or UTF-16.</source>
        <translation>Файл CSV со строкой заголовка, как его сохраняют Excel или LibreOffice: с разделителем-запятой или точкой с запятой, в UTF-8 или UTF-16.</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>Путь к файлу .csv или .txt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Recognised headers already have a field. Choose one for the others, or leave them out.</source>
        <translation>Распознанным заголовкам поле уже назначено. Выберите поле для остальных или пропустите их.</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>Загрузить сопоставление…</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Сохранить сопоставление…</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Проверка строк</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with problems are marked with their line in the file; nothing is imported while one remains.</source>
        <translation>Первые строки в том виде, в каком они будут сохранены. Строки с проблемами отмечены номером строки в файле; пока такие строки есть, ничего не импортируется.</translation>
    </message>
    <message>
        <source>&amp;Use the suggested values where a cell is close to a known one</source>
        <translation>&amp;Использовать предложенные значения, если ячейка близка к известному</translation>
    </message>
    <message>
        <source>What the import will do. A copy of the repository is kept first, and every record is written at once, or none is.</source>
        <translation>Что сделает импорт. Сначала сохраняется копия репозитория, и все записи записываются сразу — или ни одна.</translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import.</source>
        <translation>В %1 есть заголовок, но нет строк для импорта.</translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>Загрузить сопоставление столбцов</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Сопоставления (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Сохранить сопоставление столбцов</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <source>Every column has a field or is left out.</source>
        <translation>Каждому столбцу назначено поле, или он пропущен.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) need a decision: choose a field or &quot;(leave out)&quot;.</source>
        <translation>
            <numerusform>Для %n столбца нужно решение: выберите поле или «(пропустить)».</numerusform>
            <numerusform>Для %n столбцов нужно решение: выберите поле или «(пропустить)».</numerusform>
            <numerusform>Для %n столбцов нужно решение: выберите поле или «(пропустить)».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n строка готова к импорту.</numerusform>
            <numerusform>%n строки готовы к импорту.</numerusform>
            <numerusform>%n строк готовы к импорту.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to solve before importing: correct the sheet and open it again, or change the mapping.</source>
        <translation>
            <numerusform>Перед импортом нужно решить %n проблему: исправьте таблицу и откройте её снова или измените сопоставление.</numerusform>
            <numerusform>Перед импортом нужно решить %n проблемы: исправьте таблицу и откройте её снова или измените сопоставление.</numerusform>
            <numerusform>Перед импортом нужно решить %n проблем: исправьте таблицу и откройте её снова или измените сопоставление.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some values are only close to known ones: tick the box below to use the suggestions.</source>
        <translation>Некоторые значения лишь близки к известным: отметьте флажок ниже, чтобы использовать предложения.</translation>
    </message>
    <message>
        <source>The table shows the first %1 rows.</source>
        <translation>В таблице показаны первые %1 строк.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n use case(s) will be written.</source>
        <translation>
            <numerusform>%1. Будет записан %n сценарий использования.</numerusform>
            <numerusform>%1. Будут записаны %n сценария использования.</numerusform>
            <numerusform>%1. Будет записано %n сценариев использования.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets and JSON (*.csv *.txt *.tsv *.json);;All files (*)</source>
        <translation>Таблицы и JSON (*.csv *.txt *.tsv *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 is a Casebook bundle: import it with File &gt; Import.</source>
        <translation>%1 — пакет Casebook: импортируйте его через «Файл &gt; Импорт».</translation>
    </message>
    <message>
        <source>%1 is IEC 62559-3 XML: import it with File &gt; Import.</source>
        <translation>%1 — XML МЭК 62559-3: импортируйте его через «Файл &gt; Импорт».</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 и %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n столбец</numerusform>
            <numerusform>%n столбца</numerusform>
            <numerusform>%n столбцов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) in JSON.</source>
        <translation>
            <numerusform>%n сценарий использования в JSON.</numerusform>
            <numerusform>%n сценария использования в JSON.</numerusform>
            <numerusform>%n сценариев использования в JSON.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>The character between the columns of the spreadsheet</source>
        <translation>Символ между столбцами таблицы</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExchangeActions</name>
    <message>
        <source>&amp;Spreadsheet, JSON or XML...</source>
        <translation>&amp;Таблица, JSON или XML...</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n use case(s) to %1.</source>
        <translation>
            <numerusform>В %1 записан %n сценарий использования.</numerusform>
            <numerusform>В %1 записаны %n сценария использования.</numerusform>
            <numerusform>В %1 записано %n сценариев использования.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to export them).</source>
        <translation>
            <numerusform>%n сценарий использования с ограниченным доступом не включён (отметьте «Включить сценарии с ограниченным доступом», чтобы экспортировать его).</numerusform>
            <numerusform>%n сценария использования с ограниченным доступом не включены (отметьте «Включить сценарии с ограниченным доступом», чтобы экспортировать их).</numerusform>
            <numerusform>%n сценариев использования с ограниченным доступом не включены (отметьте «Включить сценарии с ограниченным доступом», чтобы экспортировать их).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportBundleDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Что включить</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Всё</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected use cases (%n)</source>
        <translation>
            <numerusform>&amp;Выбранный сценарий использования (%n)</numerusform>
            <numerusform>&amp;Выбранные сценарии использования (%n)</numerusform>
            <numerusform>&amp;Выбранные сценарии использования (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Use cases with the &amp;tag</source>
        <translation>Сценарии использования с &amp;меткой</translation>
    </message>
    <message>
        <source>e.g. sdo/ITU-T</source>
        <translation>например, sdo/ITU-T</translation>
    </message>
    <message>
        <source>Use cases matching the se&amp;arch</source>
        <translation>Сценарии использования, соответствующие &amp;поиску</translation>
    </message>
    <message>
        <source>e.g. &quot;smart meter&quot; region:Africa</source>
        <translation>например, &quot;smart meter&quot; region:Africa</translation>
    </message>
    <message>
        <source>What changed si&amp;nce</source>
        <translation>Что изменилось &amp;после</translation>
    </message>
    <message>
        <source>Include &amp;attachments (uncheck for a smaller &quot;lean&quot; bundle)</source>
        <translation>Включить &amp;вложения (снимите отметку для уменьшенного «облегчённого» пакета)</translation>
    </message>
    <message>
        <source>&amp;Save bundle...</source>
        <translation>&amp;Сохранить пакет...</translation>
    </message>
    <message>
        <source>Share by e&amp;mail...</source>
        <translation>Отправить по эл. п&amp;очте...</translation>
    </message>
    <message>
        <source>Above 20 MB: many mail servers refuse attachments this large. Leave the attachments out or choose fewer use cases.</source>
        <translation>Больше 20 МБ: многие почтовые серверы отклоняют такие большие вложения. Не включайте вложения или выберите меньше сценариев использования.</translation>
    </message>
    <message>
        <source>Include rest&amp;ricted use cases</source>
        <translation>Включить сценарии с о&amp;граниченным доступом</translation>
    </message>
    <message>
        <source>Use cases whose sharing level is restricted are left out unless you check this, even when you selected them.</source>
        <translation>Сценарии использования с ограниченным уровнем доступа не включаются, даже если вы их выбрали, пока не отмечен этот флажок.</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 и %3</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n сценарий использования</numerusform>
            <numerusform>%n сценария использования</numerusform>
            <numerusform>%n сценариев использования</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n оценка</numerusform>
            <numerusform>%n оценки</numerusform>
            <numerusform>%n оценок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n вложение</numerusform>
            <numerusform>%n вложения</numerusform>
            <numerusform>%n вложений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: about %2.</source>
        <translation>%1: около %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to share them.</source>
        <translation>
            <numerusform>%n сценарий использования с ограниченным доступом не включён; отметьте «Включить сценарии с ограниченным доступом», чтобы поделиться им.</numerusform>
            <numerusform>%n сценария использования с ограниченным доступом не включены; отметьте «Включить сценарии с ограниченным доступом», чтобы поделиться ими.</numerusform>
            <numerusform>%n сценариев использования с ограниченным доступом не включены; отметьте «Включить сценарии с ограниченным доступом», чтобы поделиться ими.</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed on or after this day goes in the bundle</source>
        <translation>В пакет попадает то, что изменилось в этот день или позже</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>Что записать</translation>
    </message>
    <message>
        <source>&amp;Use cases as a spreadsheet (CSV, one row each, every field)</source>
        <translation>&amp;Сценарии использования как таблица (CSV, по строке на сценарий, все поля)</translation>
    </message>
    <message>
        <source>&amp;Scores as a spreadsheet (CSV, a row per criterion and assessor, and a summary per use case)</source>
        <translation>&amp;Оценки как таблица (CSV, строка на критерий и эксперта и сводка по каждому сценарию)</translation>
    </message>
    <message>
        <source>Use cases as &amp;JSON (for scripts)</source>
        <translation>Сценарии использования в &amp;JSON (для скриптов)</translation>
    </message>
    <message>
        <source>Only those &amp;modified since</source>
        <translation>Только &amp;изменённые после</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for Excel in most European languages</source>
        <translation>Точка с запятой ( ; ) для Excel в большинстве европейских языков</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation>Р&amp;азделитель:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>use-cases</source>
        <translation>use-cases</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation>Таблицы (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) will be exported.</source>
        <translation>
            <numerusform>Будет экспортирован %n сценарий использования.</numerusform>
            <numerusform>Будут экспортированы %n сценария использования.</numerusform>
            <numerusform>Будет экспортировано %n сценариев использования.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>Use cases as IEC 62559-3 &amp;XML (for use-case tools)</source>
        <translation>Сценарии использования в &amp;XML МЭК 62559-3 (для инструментов сценариев использования)</translation>
    </message>
    <message>
        <source>IEC 62559-3 XML (*.xml)</source>
        <translation>XML МЭК 62559-3 (*.xml)</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to export them.</source>
        <translation>
            <numerusform>%n сценарий использования с ограниченным доступом не включён; отметьте «Включить сценарии с ограниченным доступом», чтобы экспортировать его.</numerusform>
            <numerusform>%n сценария использования с ограниченным доступом не включены; отметьте «Включить сценарии с ограниченным доступом», чтобы экспортировать их.</numerusform>
            <numerusform>%n сценариев использования с ограниченным доступом не включены; отметьте «Включить сценарии с ограниченным доступом», чтобы экспортировать их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Use cases modified on or after this day</source>
        <translation>Сценарии использования, изменённые в этот день или позже</translation>
    </message>
    <message>
        <source>The character between the columns of the spreadsheet</source>
        <translation>Символ между столбцами таблицы</translation>
    </message>
    <message>
        <source>The file to write: type its path or choose it with Browse…</source>
        <translation>Файл для записи: введите его путь или выберите его кнопкой Обзор…</translation>
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
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Сохранённые представления</translation>
    </message>
    <message>
        <source>None yet: View &gt; Save Current View</source>
        <translation>Пока нет: «Вид &gt; Сохранить текущее представление»</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Вертикальные отрасли</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Цели в области устойчивого развития</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>Контекст развития</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Этап внедрения</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Статус утверждения</translation>
    </message>
    <message>
        <source>&amp;Rename Tag &quot;%1&quot;...</source>
        <translation>&amp;Переименовать метку «%1»...</translation>
    </message>
    <message>
        <source>&amp;Merge &quot;%1&quot; Into...</source>
        <translation>&amp;Объединить «%1» с...</translation>
    </message>
    <message>
        <source>Set &amp;Colour...</source>
        <translation>Задать &amp;цвет...</translation>
    </message>
    <message>
        <source>Delete View &quot;%1&quot;</source>
        <translation>Удалить представление «%1»</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>Регионы МСЭ-D</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>The counts are not available: %1</source>
        <translation>Подсчёты недоступны: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Space ticks a value to filter the list; Enter opens a saved view</source>
        <translation>Пробел отмечает значение для фильтрации списка; Enter открывает сохранённое представление</translation>
    </message>
</context>
<context>
    <name>casebook::ui::FieldComboDelegate</name>
    <message>
        <source>Field for column %1</source>
        <translation>Поле для столбца %1</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>(выберите поле)</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(пропустить)</translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterDock</name>
    <message>
        <source>Gap Register</source>
        <translation>Реестр пробелов</translation>
    </message>
    <message>
        <source>&amp;Gap Register</source>
        <translation>Реестр &amp;пробелов</translation>
    </message>
    <message>
        <source>Every standardization gap of the use cases matching the search</source>
        <translation>Все пробелы в стандартизации в сценариях использования, соответствующих поиску</translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterModel</name>
    <message>
        <source>No facet</source>
        <translation>Без аспекта</translation>
    </message>
    <message>
        <source>No candidate SDO</source>
        <translation>Без предполагаемой ОРС</translation>
    </message>
    <message>
        <source>No Question</source>
        <translation>Без Вопроса</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Без статуса</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no candidate SDO</source>
        <translation>без предполагаемой ОРС</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: raised by %n use case(s) (%3)</source>
        <translation>
            <numerusform>%1, %2: отмечен в %n сценарии использования (%3)</numerusform>
            <numerusform>%1, %2: отмечен в %n сценариях использования (%3)</numerusform>
            <numerusform>%1, %2: отмечен в %n сценариях использования (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Сценарий использования</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Аспект</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>Предполагаемая ОРС</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterView</name>
    <message>
        <source>Facet</source>
        <translation>Аспект</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>Предполагаемая ОРС</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Shared by several use cases</source>
        <translation>Общие для нескольких сценариев использования</translation>
    </message>
    <message>
        <source>Group b&amp;y:</source>
        <translation>&amp;Группировать по:</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Пробелы в стандартизации</translation>
    </message>
    <message>
        <source>Reading the gaps…</source>
        <translation>Чтение пробелов…</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n пробел</numerusform>
            <numerusform>%n пробела</numerusform>
            <numerusform>%n пробелов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n сценарий использования</numerusform>
            <numerusform>%n сценария использования</numerusform>
            <numerusform>%n сценариев использования</numerusform>
        </translation>
    </message>
    <message>
        <source>No standardization gaps in the use cases matching this search.

Clear the search to see every gap of the repository.</source>
        <translation>В сценариях использования, соответствующих этому поиску, пробелов в стандартизации нет.

Очистите поиск, чтобы увидеть все пробелы репозитория.</translation>
    </message>
    <message>
        <source>No standardization gaps in these use cases yet.

To add one, select a use case, open its &quot;Outcomes and gaps&quot; section and add a row under Standardization gaps.</source>
        <translation>В этих сценариях использования пока нет пробелов в стандартизации.

Чтобы добавить пробел, выберите сценарий использования, откройте раздел «Результаты и пробелы» и добавьте строку в «Пробелы в стандартизации».</translation>
    </message>
    <message>
        <source>No gap is raised by more than one of these use cases.

Gaps count as shared when they have the same facet and candidate SDO and similar words.</source>
        <translation>Ни один пробел не отмечен более чем в одном из этих сценариев использования.

Пробелы считаются общими, если у них одинаковые аспект и предполагаемая ОРС и похожие формулировки.</translation>
    </message>
    <message>
        <source>How the gaps below are grouped</source>
        <translation>Как сгруппированы пробелы ниже</translation>
    </message>
    <message>
        <source>Enter opens a gap&apos;s use case, or opens and closes a group</source>
        <translation>Enter открывает сценарий использования пробела либо раскрывает и сворачивает группу</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPlanModel</name>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>Stays deleted</source>
        <translation>Остаётся удалённым</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Ничего делать не нужно</translation>
    </message>
    <message>
        <source>Tags added</source>
        <translation>Метки добавлены</translation>
    </message>
    <message>
        <source>Kept, and the sheet&apos;s version added as a copy</source>
        <translation>Сохранено, а версия из таблицы добавлена как копия</translation>
    </message>
    <message>
        <source>Kept as it is here</source>
        <translation>Сохранено в здешнем виде</translation>
    </message>
    <message>
        <source>Kept, tags added</source>
        <translation>Сохранено, метки добавлены</translation>
    </message>
    <message>
        <source>Updated from the sheet</source>
        <translation>Обновлено из таблицы</translation>
    </message>
    <message>
        <source>(new code)</source>
        <translation>(новый код)</translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation>Отличается: %1</translation>
    </message>
    <message>
        <source>New tags: %1</source>
        <translation>Новые метки: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Сценарий использования</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Система критериев</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Kept, and the bundle&apos;s version added as a copy</source>
        <translation>Сохранено, а версия из пакета добавлена как копия</translation>
    </message>
    <message>
        <source>Replaced by the bundle&apos;s version</source>
        <translation>Заменено версией из пакета</translation>
    </message>
    <message>
        <source>Updated from the bundle</source>
        <translation>Обновлено из пакета</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n поле</numerusform>
            <numerusform>%n поля</numerusform>
            <numerusform>%n полей</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged: %1 from the sheet, %2 kept</source>
        <translation>Объединено: %1 из таблицы, %2 сохранено</translation>
    </message>
    <message>
        <source>Merged: %1 from the bundle, %2 kept</source>
        <translation>Объединено: %1 из пакета, %2 сохранено</translation>
    </message>
    <message>
        <source>Score for criterion %1</source>
        <translation>Оценка по критерию %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Keep deleted</source>
        <translation>Оставить удалённым</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Delete here too</source>
        <translation>Удалить и здесь</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять их версию</translation>
    </message>
    <message>
        <source>Keep both (add theirs as a copy)</source>
        <translation>Оставить обе (добавить их версию как копию)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Round scores</source>
        <translation>Оценки раунда</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPlanView</name>
    <message>
        <source>For &amp;conflicts:</source>
        <translation>При &amp;конфликтах:</translation>
    </message>
    <message>
        <source>Keep mine: keep what is here</source>
        <translation>Оставить моё: сохранить то, что здесь</translation>
    </message>
    <message>
        <source>Take theirs: use the incoming values</source>
        <translation>Взять их версию: использовать входящие значения</translation>
    </message>
    <message>
        <source>Newest: the later modification wins</source>
        <translation>Новейшее: побеждает более позднее изменение</translation>
    </message>
    <message>
        <source>How a conflict left on Automatic is settled</source>
        <translation>Как разрешается конфликт, для которого оставлено «Автоматически»</translation>
    </message>
    <message>
        <source>Records to import</source>
        <translation>Записи для импорта</translation>
    </message>
    <message>
        <source>The fields of the record chosen here show below</source>
        <translation>Поля выбранной здесь записи показаны ниже</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>an unnamed member</source>
        <translation>участник без имени</translation>
    </message>
    <message>
        <source>Bundle from %1, made %2 with Casebook %3.</source>
        <translation>Пакет от %1, создан %2 в Casebook %3.</translation>
    </message>
    <message>
        <source>You imported this bundle before, on %1.</source>
        <translation>Вы уже импортировали этот пакет %1.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>IEC 62559-3 use-case repository &quot;%1&quot;.</source>
        <translation>Репозиторий сценариев использования МЭК 62559-3 «%1».</translation>
    </message>
    <message>
        <source>Changes from the team repository %1 that meet your own.</source>
        <translation>Изменения из командного репозитория %1, пересекающиеся с вашими.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Проблемы и примечания</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Допустимо</translation>
    </message>
</context>
<context>
    <name>casebook::ui::KpiSection</name>
    <message>
        <source>Date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>Дата (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>&amp;Measurements of the selected KPI:</source>
        <translation>&amp;Измерения выбранного КПЭ:</translation>
    </message>
    <message>
        <source>No dated measurements yet: add one per date, oldest first.</source>
        <translation>Датированных измерений пока нет: добавьте по одному на дату, начиная с самого раннего.</translation>
    </message>
    <message>
        <source>Measured over time:</source>
        <translation>Динамика измерений:</translation>
    </message>
    <message>
        <source>Select a KPI to see its measurements.</source>
        <translation>Выберите КПЭ, чтобы увидеть его измерения.</translation>
    </message>
    <message>
        <source>No dated measurements for this KPI.</source>
        <translation>Для этого КПЭ нет датированных измерений.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::MainWindow</name>
    <message>
        <source>Search use cases</source>
        <translation>Поиск сценариев использования</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>&amp;О Casebook</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>О Casebook</translation>
    </message>
    <message>
        <source>Casebook %1

A catalogue of IoT and smart-city use cases for interoperability and standardization work.

Repository: %2</source>
        <translation>Casebook %1

Каталог сценариев использования IoT и умных городов для работы по функциональной совместимости и стандартизации.

Репозиторий: %2</translation>
    </message>
    <message>
        <source>%1 - Casebook</source>
        <translation>%1 — Casebook</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n сценарий использования</numerusform>
            <numerusform>%n сценария использования</numerusform>
            <numerusform>%n сценариев использования</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n use case(s) match</source>
        <translation>
            <numerusform>%1 из %n сценария использования соответствуют</numerusform>
            <numerusform>%1 из %n сценариев использования соответствуют</numerusform>
            <numerusform>%1 из %n сценариев использования соответствуют</numerusform>
        </translation>
    </message>
    <message>
        <source>The repository is damaged</source>
        <translation>Репозиторий повреждён</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Понятно</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>О&amp;тменить изменения</translation>
    </message>
    <message>
        <source>Select a use case to see and edit it.</source>
        <translation>Выберите сценарий использования, чтобы просмотреть и изменить его.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Удаление представления</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation>Удалить сохранённое представление «%1»?</translation>
    </message>
    <message>
        <source>Cannot delete the view</source>
        <translation>Не удаётся удалить представление</translation>
    </message>
    <message>
        <source>&amp;Import Bundle or Spreadsheet...</source>
        <translation>&amp;Импорт пакета или таблицы...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;Save Use Case</source>
        <translation>&amp;Сохранить сценарий использования</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>О&amp;тменить изменения</translation>
    </message>
    <message>
        <source>&amp;New Use Case...</source>
        <translation>&amp;Новый сценарий использования...</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Настройки...</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>&amp;Оценивание</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Save Current View...</source>
        <translation>&amp;Сохранить текущее представление...</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>&amp;Очистить поиск и фильтры</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>С&amp;толбцы</translation>
    </message>
    <message>
        <source>&amp;Editor Sections</source>
        <translation>&amp;Разделы редактора</translation>
    </message>
    <message>
        <source>Show &amp;Filters</source>
        <translation>Показать &amp;фильтры</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Полноэкранный режим</translation>
    </message>
    <message>
        <source>This repository has no use cases yet.

Press Ctrl+N to record one, or import a bundle or a spreadsheet from the File menu.</source>
        <translation>В этом репозитории пока нет сценариев использования.

Нажмите Ctrl+N, чтобы записать сценарий, или импортируйте пакет или таблицу из меню «Файл».</translation>
    </message>
    <message>
        <source>No use case matches &quot;%1&quot;.

Try fewer words, a shorter prefix with *, or remove a filter (Esc clears the search).</source>
        <translation>Нет сценариев использования, соответствующих «%1».

Попробуйте меньше слов, более короткий префикс с * или уберите фильтр (Esc очищает поиск).</translation>
    </message>
    <message>
        <source>Cannot save the use case</source>
        <translation>Не удаётся сохранить сценарий использования</translation>
    </message>
    <message>
        <source>Undo or redo failed</source>
        <translation>Не удалось отменить или повторить</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Изменение «%1»</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>New Use Case</source>
        <translation>Новый сценарий использования</translation>
    </message>
    <message>
        <source>Title of the new use case:</source>
        <translation>Название нового сценария использования:</translation>
    </message>
    <message>
        <source>New use case &quot;%1&quot;</source>
        <translation>Новый сценарий использования «%1»</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>Не удаётся дублировать</translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>Дублирование «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n use case(s)</source>
        <translation>
            <numerusform>Удаление %n сценария использования</numerusform>
            <numerusform>Удаление %n сценариев использования</numerusform>
            <numerusform>Удаление %n сценариев использования</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n use case(s). Undo with %1.</source>
        <translation>
            <numerusform>Удалён %n сценарий использования. Отмена: %1.</numerusform>
            <numerusform>Удалены %n сценария использования. Отмена: %1.</numerusform>
            <numerusform>Удалено %n сценариев использования. Отмена: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a search or choose filters first; a view saves them under a name.</source>
        <translation>Сначала введите поисковый запрос или выберите фильтры; представление сохраняет их под именем.</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Сохранение представления</translation>
    </message>
    <message>
        <source>Name of the view for &quot;%1&quot;:</source>
        <translation>Название представления для «%1»:</translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation>Не удаётся сохранить представление</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>Представление «%1» сохранено.</translation>
    </message>
    <message>
        <source>Do not add to it: restore the newest backup, or export what you can.</source>
        <translation>Ничего в него не добавляйте: восстановите самую новую резервную копию или экспортируйте то, что удастся.</translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, prefix*, tag:open-data, vertical:energy, sdg:11, region:Africa, stage:pilot</source>
        <translation>Поиск: слова, &quot;фразы&quot;, префикс*, tag:open-data, vertical:energy, sdg:11, region:Africa, stage:pilot</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Сценарии использования</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Сохранить изменения в «%1»?</translation>
    </message>
    <message>
        <source>The use case chosen here shows in the editor</source>
        <translation>Выбранный здесь сценарий использования отображается в редакторе</translation>
    </message>
    <message>
        <source>&amp;Repository</source>
        <translation>&amp;Репозиторий</translation>
    </message>
    <message>
        <source>Imported %1. File &gt; Take Back Last Import undoes it.</source>
        <translation>Импортировано: %1. Отменить этот импорт можно через «Файл &gt; Отменить последний импорт».</translation>
    </message>
</context>
<context>
    <name>casebook::ui::PasswordDialog</name>
    <message>
        <source>Team Repository Password</source>
        <translation>Пароль командного репозитория</translation>
    </message>
    <message>
        <source>The team repository refused the password. Password for %1:</source>
        <translation>Командный репозиторий отклонил пароль. Пароль для %1:</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Запомнить в системной связке ключей</translation>
    </message>
</context>
<context>
    <name>casebook::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Recorded as the editor of your changes and as assessor</source>
        <translation>Записывается как автор ваших изменений и как эксперт</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>A new language applies the next time Casebook starts.</source>
        <translation>Новый язык будет применён при следующем запуске Casebook.</translation>
    </message>
    <message>
        <source>&amp;User interface:</source>
        <translation>&amp;Интерфейс:</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Репозиторий</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Обзор...</translation>
    </message>
    <message>
        <source>&amp;Default repository:</source>
        <translation>Репозиторий по &amp;умолчанию:</translation>
    </message>
    <message>
        <source>Default Repository</source>
        <translation>Репозиторий по умолчанию</translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite)</source>
        <translation>Репозитории Casebook (*.sqlite)</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Это не адрес электронной почты.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Assessor identity:</source>
        <translation>Идентификатор &amp;эксперта:</translation>
    </message>
    <message>
        <source>Your scores are kept under this identity. To score as the same person with casebook-cli, set CASEBOOK_ASSESSOR_ID to it.</source>
        <translation>Ваши оценки хранятся под этим идентификатором. Чтобы оценивать от того же лица через casebook-cli, задайте его в CASEBOOK_ASSESSOR_ID.</translation>
    </message>
    <message>
        <source>Put on the cover of the reports you write</source>
        <translation>Указывается на титульной странице ваших отчётов</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecordChoiceDelegate</name>
    <message>
        <source>Choice for %1</source>
        <translation>Выбор для %1</translation>
    </message>
    <message>
        <source>What the import does with this record</source>
        <translation>Что импорт делает с этой записью</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecordDetails</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>changed there</source>
        <translation>изменено там</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>изменено здесь</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Использовать</translation>
    </message>
    <message>
        <source>Everything in this sheet is already here.</source>
        <translation>Всё из этой таблицы уже есть здесь.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here.</source>
        <translation>Всё из этого пакета уже есть здесь.</translation>
    </message>
    <message>
        <source>Tags added: %1</source>
        <translation>Добавлены метки: %1</translation>
    </message>
    <message>
        <source>New here: it will be added.</source>
        <translation>Здесь новое: будет добавлено.</translation>
    </message>
    <message>
        <source>Use for %1</source>
        <translation>Использовать для %1</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Различающиеся поля</translation>
    </message>
    <message>
        <source>Each differing field: mine, theirs, and which one to use</source>
        <translation>Каждое различающееся поле: моё значение, их значение и какое из них использовать</translation>
    </message>
    <message>
        <source>Which value the field keeps: mine or theirs</source>
        <translation>Какое значение сохраняет поле: моё или их</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ReportActions</name>
    <message>
        <source>&amp;Report...</source>
        <translation>&amp;Отчёт...</translation>
    </message>
    <message>
        <source>Use cases and standardization gaps</source>
        <translation>Сценарии использования и пробелы в стандартизации</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report of %n use case(s) to %1.</source>
        <translation>
            <numerusform>Отчёт по %n сценарию использования записан в %1.</numerusform>
            <numerusform>Отчёт по %n сценариям использования записан в %1.</numerusform>
            <numerusform>Отчёт по %n сценариям использования записан в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to report them).</source>
        <translation>
            <numerusform>%n сценарий использования с ограниченным доступом не включён (отметьте «Включить сценарии с ограниченным доступом», чтобы включить его в отчёт).</numerusform>
            <numerusform>%n сценария использования с ограниченным доступом не включены (отметьте «Включить сценарии с ограниченным доступом», чтобы включить их в отчёт).</numerusform>
            <numerusform>%n сценариев использования с ограниченным доступом не включены (отметьте «Включить сценарии с ограниченным доступом», чтобы включить их в отчёт).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Отчёт записан</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <source>Co&amp;ver page</source>
        <translation>&amp;Титульная страница</translation>
    </message>
    <message>
        <source>&amp;Write Report</source>
        <translation>&amp;Записать отчёт</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>PDF (to print or send)</source>
        <translation>PDF (для печати или отправки)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT, for Word or LibreOffice)</source>
        <translation>Текст OpenDocument (ODT, для Word или LibreOffice)</translation>
    </message>
    <message>
        <source>Web page (HTML, one file)</source>
        <translation>Веб-страница (HTML, один файл)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>R&amp;ubric:</source>
        <translation>&amp;Система критериев:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Размер &amp;страницы:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Ф&amp;айл:</translation>
    </message>
    <message>
        <source>The one most use cases were assessed against</source>
        <translation>Та, по которой оценено большинство сценариев использования</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Текст OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Веб-страницы (*.html *.htm)</translation>
    </message>
    <message>
        <source>Write the report to</source>
        <translation>Записать отчёт в</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) will be in the report.</source>
        <translation>
            <numerusform>В отчёт войдёт %n сценарий использования.</numerusform>
            <numerusform>В отчёт войдут %n сценария использования.</numerusform>
            <numerusform>В отчёт войдут %n сценариев использования.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to report them.</source>
        <translation>
            <numerusform>%n сценарий использования с ограниченным доступом не включён; отметьте «Включить сценарии с ограниченным доступом», чтобы включить его в отчёт.</numerusform>
            <numerusform>%n сценария использования с ограниченным доступом не включены; отметьте «Включить сценарии с ограниченным доступом», чтобы включить их в отчёт.</numerusform>
            <numerusform>%n сценариев использования с ограниченным доступом не включены; отметьте «Включить сценарии с ограниченным доступом», чтобы включить их в отчёт.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report failed</source>
        <translation>Не удалось создать отчёт</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <source>The rubric whose scores the report shows</source>
        <translation>Система критериев, оценки по которой показывает отчёт</translation>
    </message>
    <message>
        <source>The kind of file the report is written as</source>
        <translation>Тип файла, в котором записывается отчёт</translation>
    </message>
    <message>
        <source>The paper size of a PDF or ODT report</source>
        <translation>Размер бумаги для отчёта в PDF или ODT</translation>
    </message>
    <message>
        <source>The file to write: type its path or choose it with Browse…</source>
        <translation>Файл для записи: введите его путь или выберите его кнопкой Обзор…</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RepositoryActions</name>
    <message>
        <source>&amp;New Repository...</source>
        <translation>&amp;Новый репозиторий...</translation>
    </message>
    <message>
        <source>&amp;Open Repository...</source>
        <translation>&amp;Открыть репозиторий...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation>Открыть репозиторий</translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite);;All files (*)</source>
        <translation>Репозитории Casebook (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot open the repository</source>
        <translation>Не удаётся открыть репозиторий</translation>
    </message>
    <message>
        <source>New Repository</source>
        <translation>Новый репозиторий</translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite)</source>
        <translation>Репозитории Casebook (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the repository</source>
        <translation>Не удаётся создать репозиторий</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 уже существует; выберите другое имя файла.</translation>
    </message>
    <message>
        <source>No recent repositories</source>
        <translation>Нет недавних репозиториев</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RetagCommand</name>
    <message>
        <source>Add tags %1</source>
        <translation>Добавление меток %1</translation>
    </message>
    <message>
        <source>Remove tags %1</source>
        <translation>Удаление меток %1</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RoundScoreDialog</name>
    <message>
        <source>Round %1 of %2 — %3</source>
        <translation>Раунд %1 семинара «%2» — %3</translation>
    </message>
    <message>
        <source>Your answers in round %1. An answer that differs from your answer in the round before needs a reason; the other assessors&apos; answers stay hidden until the facilitator reveals the round.</source>
        <translation>Ваши ответы в раунде %1. Ответ, отличающийся от вашего ответа в предыдущем раунде, требует обоснования; ответы других экспертов скрыты, пока ведущий не раскроет раунд.</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Сценарий использования</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Раунд %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Reason for a change</source>
        <translation>Обоснование изменения</translation>
    </message>
    <message>
        <source>Answer for %1 of %2</source>
        <translation>Ответ по %1 для %2</translation>
    </message>
    <message>
        <source>Reason for %1 of %2</source>
        <translation>Обоснование по %1 для %2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Ваши ответы</translation>
    </message>
    <message>
        <source>Needed when the answer changes from the round before</source>
        <translation>Требуется, если ответ изменился по сравнению с предыдущим раундом</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RoundsPanel</name>
    <message>
        <source>open: each assessor sees only their own scores</source>
        <translation>открыт: каждый эксперт видит только свои оценки</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>раскрыт</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <source>&amp;Open Round</source>
        <translation>&amp;Открыть раунд</translation>
    </message>
    <message>
        <source>Re&amp;veal Round</source>
        <translation>&amp;Раскрыть раунд</translation>
    </message>
    <message>
        <source>C&amp;lose Round</source>
        <translation>&amp;Закрыть раунд</translation>
    </message>
    <message>
        <source>Agreement per criterion, round by round (spread: mean of highest − lowest level; ▲▼: change against the round before):</source>
        <translation>Согласованность по критериям, раунд за раундом (разброс: среднее разности наибольшего и наименьшего уровня; ▲▼: изменение относительно предыдущего раунда):</translation>
    </message>
    <message>
        <source>Rounds belong to a workshop: save this comparison as a workshop (Compare &gt; Save Workshop) to run them.</source>
        <translation>Раунды относятся к семинару: сохраните это сравнение как семинар («Сравнить &gt; Сохранить семинар»), чтобы проводить их.</translation>
    </message>
    <message>
        <source>Workshop %1 · round %2, %3</source>
        <translation>Семинар %1 · раунд %2, %3</translation>
    </message>
    <message>
        <source>Workshop %1 · no round yet: Open Round starts round 1.</source>
        <translation>Семинар %1 · раундов пока нет: «Открыть раунд» начинает раунд 1.</translation>
    </message>
    <message>
        <source>Round %1 is open: its scores stay hidden until the facilitator reveals the round.</source>
        <translation>Раунд %1 открыт: его оценки скрыты, пока ведущий не раскроет раунд.</translation>
    </message>
    <message>
        <source>Round %1, every answer under the assessor&apos;s letter:</source>
        <translation>Раунд %1, каждый ответ под буквой эксперта:</translation>
    </message>
    <message>
        <source>&amp;Open Next Round</source>
        <translation>&amp;Открыть следующий раунд</translation>
    </message>
    <message>
        <source>Open Round</source>
        <translation>Открыть раунд</translation>
    </message>
    <message>
        <source>Reveal Round</source>
        <translation>Раскрыть раунд</translation>
    </message>
    <message>
        <source>Close Round</source>
        <translation>Закрыть раунд</translation>
    </message>
    <message>
        <source>&amp;Score This Round...</source>
        <translation>&amp;Оценить этот раунд...</translation>
    </message>
    <message>
        <source>Your answers in the open round, under the name and assessor identity of Preferences</source>
        <translation>Ваши ответы в открытом раунде под именем и идентификатором эксперта из настроек</translation>
    </message>
    <message>
        <source>Score This Round</source>
        <translation>Оценить этот раунд</translation>
    </message>
    <message>
        <source>Set your name in Preferences before scoring: every answer names its assessor.</source>
        <translation>Укажите своё имя в настройках перед оцениванием: в каждом ответе указывается эксперт.</translation>
    </message>
    <message>
        <source>Answers of the round</source>
        <translation>Ответы раунда</translation>
    </message>
    <message>
        <source>Every answer under the assessor&apos;s letter, once the round is revealed</source>
        <translation>Каждый ответ под буквой эксперта после раскрытия раунда</translation>
    </message>
    <message>
        <source>Agreement per criterion</source>
        <translation>Согласованность по критериям</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RubricEditorDialog</name>
    <message>
        <source>Rubrics</source>
        <translation>Системы критериев</translation>
    </message>
    <message>
        <source>&amp;Rubric:</source>
        <translation>&amp;Система критериев:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новая</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
        <source>Import a rubric</source>
        <translation>Импорт системы критериев</translation>
    </message>
    <message>
        <source>Rubric (*.json)</source>
        <translation>Система критериев (*.json)</translation>
    </message>
    <message>
        <source>Export the rubric</source>
        <translation>Экспорт системы критериев</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Scale from:</source>
        <translation>&amp;Шкала от:</translation>
    </message>
    <message>
        <source>Dimensions and criteria</source>
        <translation>Измерения и критерии</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Add &amp;dimension</source>
        <translation>Добавить &amp;измерение</translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation>Добавить &amp;критерий</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Select a dimension or a criterion to edit it.</source>
        <translation>Выберите измерение или критерий, чтобы изменить его.</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Идентификатор:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Criterion ids stay the same in every version of the rubric, so scores can be compared; the id of a stored criterion cannot change.</source>
        <translation>Идентификаторы критериев одинаковы во всех версиях системы критериев, чтобы оценки можно было сравнивать; идентификатор сохранённого критерия изменить нельзя.</translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation>И&amp;дентификатор:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>О&amp;писание:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Вес:</translation>
    </message>
    <message>
        <source>Level descriptors</source>
        <translation>Описания уровней</translation>
    </message>
    <message>
        <source>Normalise to &amp;100</source>
        <translation>Нормировать до &amp;100</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (версия %2)</translation>
    </message>
    <message>
        <source>New rubric (not saved yet)</source>
        <translation>Новая система критериев (ещё не сохранена)</translation>
    </message>
    <message>
        <source>New rubric</source>
        <translation>Новая система критериев</translation>
    </message>
    <message>
        <source>First dimension</source>
        <translation>Первое измерение</translation>
    </message>
    <message>
        <source>First criterion</source>
        <translation>Первый критерий</translation>
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
        <translation>Уровень %1</translation>
    </message>
    <message>
        <source>Level %1 — %2</source>
        <translation>Уровень %1 — %2</translation>
    </message>
    <message>
        <source>Total weight: %1. Each criterion counts by its share of the total; normalising makes the total 100.</source>
        <translation>Общий вес: %1. Каждый критерий учитывается по своей доле в общем весе; нормирование делает общий вес равным 100.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… и ещё %n проблема.</numerusform>
            <numerusform>… и ещё %n проблемы.</numerusform>
            <numerusform>… и ещё %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new rubric: saving stores version 1.</source>
        <translation>Новая система критериев: при сохранении будет создана версия 1.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, used by %n assessment(s): saving a change makes a new version and leaves these assessments with version %1.</source>
        <translation>
            <numerusform>Версия %1, используется в %n оценке: сохранение изменений создаст новую версию, а эта оценка останется с версией %1.</numerusform>
            <numerusform>Версия %1, используется в %n оценках: сохранение изменений создаст новую версию, а эти оценки останутся с версией %1.</numerusform>
            <numerusform>Версия %1, используется в %n оценках: сохранение изменений создаст новую версию, а эти оценки останутся с версией %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of the rubric that ships with Casebook: saving a change makes a new version.</source>
        <translation>Версия %1 системы критериев, поставляемой с Casebook: сохранение изменений создаст новую версию.</translation>
    </message>
    <message>
        <source>Version %1, not used by any assessment yet: saving changes it in place.</source>
        <translation>Версия %1 пока не используется ни в одной оценке: при сохранении она изменяется на месте.</translation>
    </message>
    <message>
        <source>Rubrics — %1%2</source>
        <translation>Системы критериев — %1%2</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>Новое измерение</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Новый критерий</translation>
    </message>
    <message>
        <source>Also removed the warning: %1</source>
        <translation>Также удалено предупреждение: %1</translation>
    </message>
    <message>
        <source>Give at least one criterion a weight above 0 first.</source>
        <translation>Сначала задайте хотя бы одному критерию вес больше 0.</translation>
    </message>
    <message>
        <source>Weights now add up to 100.</source>
        <translation>Теперь сумма весов равна 100.</translation>
    </message>
    <message>
        <source>The rubric cannot be saved yet: %1</source>
        <translation>Систему критериев пока нельзя сохранить: %1</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Нечего сохранять.</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of &quot;%2&quot; is used by %n assessment(s). Saving makes a new version; those assessments stay with version %1, unchanged.</source>
        <translation>
            <numerusform>Версия %1 «%2» используется в %n оценке. При сохранении будет создана новая версия; эта оценка останется с версией %1 без изменений.</numerusform>
            <numerusform>Версия %1 «%2» используется в %n оценках. При сохранении будет создана новая версия; эти оценки останутся с версией %1 без изменений.</numerusform>
            <numerusform>Версия %1 «%2» используется в %n оценках. При сохранении будет создана новая версия; эти оценки останутся с версией %1 без изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message numerus="yes">
        <source>Saved as version %1. Version %2 and its %n assessment(s) are unchanged.</source>
        <translation>
            <numerusform>Сохранено как версия %1. Версия %2 и её %n оценка не изменены.</numerusform>
            <numerusform>Сохранено как версия %1. Версия %2 и её %n оценки не изменены.</numerusform>
            <numerusform>Сохранено как версия %1. Версия %2 и её %n оценок не изменены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Версия %1 сохранена.</translation>
    </message>
    <message>
        <source>Saved the new rubric as version %1.</source>
        <translation>Новая система критериев сохранена как версия %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This version was already stored; nothing changed.</source>
        <translation>Эта версия уже была сохранена; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; version %2.</source>
        <translation>Импортирована «%1», версия %2.</translation>
    </message>
    <message>
        <source>Save the rubric before exporting it.</source>
        <translation>Сохраните систему критериев перед экспортом.</translation>
    </message>
    <message>
        <source>Exported version %1 to %2.</source>
        <translation>Версия %1 экспортирована в %2.</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;?</source>
        <translation>Сохранить изменения в «%1»?</translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation>Масштабировать до</translation>
    </message>
    <message>
        <source>The rubric to edit, in its latest version</source>
        <translation>Система критериев для редактирования, в последней версии</translation>
    </message>
    <message>
        <source>The name assessors choose the rubric by</source>
        <translation>Название, по которому эксперты выбирают систему критериев</translation>
    </message>
    <message>
        <source>What the rubric measures and when to use it</source>
        <translation>Что измеряет система критериев и когда её применять</translation>
    </message>
    <message>
        <source>The lowest and the highest level a criterion can get</source>
        <translation>Наименьший и наибольший уровень, который может получить критерий</translation>
    </message>
    <message>
        <source>A short name for what is judged</source>
        <translation>Краткое название того, что оценивается</translation>
    </message>
    <message>
        <source>What the assessor looks at to choose a level</source>
        <translation>На что эксперт смотрит, выбирая уровень</translation>
    </message>
    <message>
        <source>It counts by its share of the total weight</source>
        <translation>Учитывается по своей доле в общем весе</translation>
    </message>
    <message>
        <source>What a use case at this level looks like</source>
        <translation>Каким бывает сценарий использования на этом уровне</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScenarioSection</name>
    <message>
        <source>Was: &apos;%1&apos; — %2</source>
        <translation>Было: «%1» — %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Step number: 1, 2, 2.1...</source>
        <translation>Номер шага: 1, 2, 2.1...</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>The IEC 62559-2 service of the step: CREATE, GET, REPORT...</source>
        <translation>Служба шага по МЭК 62559-2: CREATE, GET, REPORT...</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Источник информации</translation>
    </message>
    <message>
        <source>Information producer: the actor the information comes from</source>
        <translation>Источник информации: участник, от которого поступает информация</translation>
    </message>
    <message>
        <source>pick an actor</source>
        <translation>выберите участника</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Information receiver: the actor the information goes to</source>
        <translation>Получатель информации: участник, которому направляется информация</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Information exchanged: ids from the table below (I-1...)</source>
        <translation>Передаваемая информация: идентификаторы из таблицы ниже (I-1...)</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>Requirement ids from the requirements table (R-1...)</source>
        <translation>Идентификаторы требований из таблицы требований (R-1...)</translation>
    </message>
    <message>
        <source>pick the information</source>
        <translation>выберите информацию</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Name of activity</source>
        <translation>Название действия</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Primary actor</source>
        <translation>Основной участник</translation>
    </message>
    <message>
        <source>Triggering event</source>
        <translation>Инициирующее событие</translation>
    </message>
    <message>
        <source>Pre-conditions</source>
        <translation>Предусловия</translation>
    </message>
    <message>
        <source>Post-conditions</source>
        <translation>Постусловия</translation>
    </message>
    <message>
        <source>S&amp;teps of the selected scenario:</source>
        <translation>&amp;Шаги выбранного сценария:</translation>
    </message>
    <message>
        <source>This scenario has no steps yet: who sends what to whom.</source>
        <translation>В этом сценарии пока нет шагов: кто, что и кому передаёт.</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Шаг %1, %2: %3</translation>
    </message>
    <message>
        <source>⚠ Written before steps referred to the record&apos;s actors and information; nothing of this use case matches it yet. %1.</source>
        <translation>⚠ Записано до того, как шаги стали ссылаться на участников и информацию записи; в этом сценарии использования пока ничего ему не соответствует. %1.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoreSheetDialog</name>
    <message>
        <source>Score sheet</source>
        <translation>Оценочный лист</translation>
    </message>
    <message>
        <source>Score sheet — %1 [*]</source>
        <translation>Оценочный лист — %1 [*]</translation>
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
        <translation>Н/П</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
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
        <translation>низкая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoreSheetWidget</name>
    <message>
        <source>Use case</source>
        <translation>Сценарий использования</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>Type a level digit, N for not applicable, U for unknown, Delete to clear.</source>
        <translation>Введите цифру уровня, N — неприменимо, U — неизвестно, Delete — очистить.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Why this level?</source>
        <translation>Почему этот уровень?</translation>
    </message>
    <message>
        <source>A link or a document reference</source>
        <translation>Ссылка или реквизиты документа</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Обоснование:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Подтверждение:</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Уверенность:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Set your name in the preferences before scoring: every assessment names its assessor.</source>
        <translation>Укажите своё имя в настройках перед оцениванием: в каждой оценке указывается эксперт.</translation>
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
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Вертикальные отрасли</translation>
    </message>
    <message>
        <source>Regions and countries</source>
        <translation>Регионы и страны</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Этап внедрения</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>Контекст развития</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Идентификаторы</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Платформы</translation>
    </message>
    <message>
        <source>Assessor: %1 · Rubric: %2, version %3</source>
        <translation>Эксперт: %1 · Система критериев: %2, версия %3</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Не оценено</translation>
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
        <translation>Не применимо к этому сценарию использования; его вес переходит к остальным критериям. (клавиша N)</translation>
    </message>
    <message>
        <source>Not known from the sources; counts as the lowest level and is flagged. (key U)</source>
        <translation>Неизвестно по источникам; считается низшим уровнем и отмечается. (клавиша U)</translation>
    </message>
    <message>
        <source>Not answered yet. (Delete)</source>
        <translation>Ответа пока нет. (Delete)</translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation>Оценено %1 из %2</translation>
    </message>
    <message>
        <source>Overall index: %1</source>
        <translation>Общий индекс: %1</translation>
    </message>
    <message>
        <source>Overall index: not available</source>
        <translation>Общий индекс: недоступен</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(неполный)</translation>
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
        <translation>Измерения (%1–%2): %3</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Неизвестно: %1</translation>
    </message>
    <message>
        <source>Save your scores for %1?</source>
        <translation>Сохранить ваши оценки для %1?</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>Вопросы МСЭ-T</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>КПЭ</translation>
    </message>
    <message>
        <source>coverage %1% of the weight</source>
        <translation>охват — %1% веса</translation>
    </message>
    <message>
        <source>below the rubric&apos;s minimum of %1%: not ranked</source>
        <translation>ниже минимума системы критериев (%1%): без места в рейтинге</translation>
    </message>
    <message>
        <source>⚠ knock-out %1: %2</source>
        <translation>⚠ критерий исключения %1: %2</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>Оценочный лист</translation>
    </message>
    <message>
        <source>How sure you are of the level you chose</source>
        <translation>Насколько вы уверены в выбранном уровне</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoringActions</name>
    <message>
        <source>&amp;Score Use Case...</source>
        <translation>&amp;Оценить сценарий использования...</translation>
    </message>
    <message>
        <source>Edit &amp;Rubric...</source>
        <translation>Изменить &amp;систему критериев...</translation>
    </message>
    <message>
        <source>Score Use Case</source>
        <translation>Оценить сценарий использования</translation>
    </message>
    <message>
        <source>Set your name in the preferences before scoring: every assessment names its assessor.</source>
        <translation>Укажите своё имя в настройках перед оцениванием: в каждой оценке указывается эксперт.</translation>
    </message>
    <message>
        <source>Open Preferences…</source>
        <translation>Открыть настройки…</translation>
    </message>
    <message>
        <source>Cannot open the score sheet</source>
        <translation>Не удаётся открыть оценочный лист</translation>
    </message>
    <message>
        <source>Cannot open the rubric</source>
        <translation>Не удаётся открыть систему критериев</translation>
    </message>
</context>
<context>
    <name>casebook::ui::SearchProblemsLabel</name>
    <message>
        <source>Did you mean %1?</source>
        <translation>Возможно, вы имели в виду %1?</translation>
    </message>
    <message>
        <source>Try one of %1.</source>
        <translation>Попробуйте одно из: %1.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a suggestion to put it in the search.</source>
        <translation>Щёлкните предложение, чтобы подставить его в поиск.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::SelectionBox</name>
    <message>
        <source>Which use cases</source>
        <translation>Какие сценарии использования</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected use case(s)</source>
        <translation>
            <numerusform>Выбранный сценарий использования (%n)</numerusform>
            <numerusform>%n выбранных сценария использования</numerusform>
            <numerusform>%n выбранных сценариев использования</numerusform>
        </translation>
    </message>
    <message>
        <source>Those matching the search (no search now)</source>
        <translation>Соответствующие поиску (сейчас поиска нет)</translation>
    </message>
    <message>
        <source>Those matching the search “%1”</source>
        <translation>Соответствующие поиску «%1»</translation>
    </message>
    <message>
        <source>&amp;All use cases</source>
        <translation>&amp;Все сценарии использования</translation>
    </message>
    <message>
        <source>Include rest&amp;ricted use cases</source>
        <translation>Включить сценарии с о&amp;граниченным доступом</translation>
    </message>
    <message>
        <source>Use cases whose sharing level is restricted are left out unless you check this, even when you selected them.</source>
        <translation>Сценарии использования с ограниченным уровнем доступа не включаются, даже если вы их выбрали, пока не отмечен этот флажок.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::StringListEditor</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add what you typed (Enter)</source>
        <translation>Добавить введённое (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected entry (%1)</source>
        <translation>Удалить выбранный элемент (%1)</translation>
    </message>
    <message>
        <source>%1 removes the selected entry</source>
        <translation>%1 удаляет выбранный элемент</translation>
    </message>
</context>
<context>
    <name>casebook::ui::SyncActions</name>
    <message>
        <source>S&amp;ync with Team Repository...</source>
        <translation>&amp;Синхронизировать с командным репозиторием...</translation>
    </message>
    <message>
        <source>Receive the team repository&apos;s changes and send yours.</source>
        <translation>Получить изменения из командного репозитория и отправить свои.</translation>
    </message>
    <message>
        <source>Sync with Team Repository</source>
        <translation>Синхронизация с командным репозиторием</translation>
    </message>
    <message>
        <source>The team repository cannot be reached</source>
        <translation>Командный репозиторий недоступен</translation>
    </message>
    <message>
        <source>The sync did not happen</source>
        <translation>Синхронизация не выполнена</translation>
    </message>
    <message>
        <source>The sync did not finish</source>
        <translation>Синхронизация не завершена</translation>
    </message>
    <message>
        <source>Nothing new from the team repository.</source>
        <translation>В командном репозитории нет ничего нового.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n local change(s).</source>
        <translation>
            <numerusform>Отправлено %n локальное изменение.</numerusform>
            <numerusform>Отправлено %n локальных изменения.</numerusform>
            <numerusform>Отправлено %n локальных изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <source>Team repository unreachable</source>
        <translation>Командный репозиторий недоступен</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1; %n pending change(s)</source>
        <translation>
            <numerusform>Синхронизировано %1; %n изменение ожидает отправки</numerusform>
            <numerusform>Синхронизировано %1; %n изменения ожидают отправки</numerusform>
            <numerusform>Синхронизировано %1; %n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>; team repository unreachable</source>
        <translation>; командный репозиторий недоступен</translation>
    </message>
    <message>
        <source>Team repository (a connection such as service=casebook-team or postgresql://host/db):</source>
        <translation>Командный репозиторий (подключение, например service=casebook-team или postgresql://хост/база):</translation>
    </message>
</context>
<context>
    <name>casebook::ui::TagActions</name>
    <message>
        <source>Add &amp;Tags...</source>
        <translation>Добавить &amp;метки...</translation>
    </message>
    <message>
        <source>Re&amp;move Tags...</source>
        <translation>&amp;Удалить метки...</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation>Добавление меток</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n use case(s), separated by commas (sdo/oneM2M nests under sdo):</source>
        <translation>
            <numerusform>Метки для %n сценария использования через запятую (sdo/oneM2M вкладывается в sdo):</numerusform>
            <numerusform>Метки для %n сценариев использования через запятую (sdo/oneM2M вкладывается в sdo):</numerusform>
            <numerusform>Метки для %n сценариев использования через запятую (sdo/oneM2M вкладывается в sdo):</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the tags</source>
        <translation>Не удаётся добавить метки</translation>
    </message>
    <message>
        <source>The selected use cases have no tags.</source>
        <translation>У выбранных сценариев использования нет меток.</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Удаление метки</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Метка для удаления:</translation>
    </message>
    <message>
        <source>Cannot remove the tag</source>
        <translation>Не удаётся удалить метку</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Переименование метки</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot; (tags nested under it follow):</source>
        <translation>Новое имя для «%1» (вложенные метки последуют за ней):</translation>
    </message>
    <message>
        <source>Cannot rename the tag</source>
        <translation>Не удаётся переименовать метку</translation>
    </message>
    <message>
        <source>Rename tag &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Переименование метки «%1» в «%2»</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Объединение меток</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into:</source>
        <translation>Объединить «%1» с:</translation>
    </message>
    <message>
        <source>Cannot merge the tags</source>
        <translation>Не удаётся объединить метки</translation>
    </message>
    <message>
        <source>Merge tag &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>Объединение метки «%1» с «%2»</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>Цвет «%1»</translation>
    </message>
    <message>
        <source>Cannot set the colour</source>
        <translation>Не удаётся задать цвет</translation>
    </message>
</context>
<context>
    <name>casebook::ui::TakeBackActions</name>
    <message>
        <source>&amp;Take Back Last Import...</source>
        <translation>Отменить &amp;последний импорт...</translation>
    </message>
    <message>
        <source>Take back the last import</source>
        <translation>Отмена последнего импорта</translation>
    </message>
    <message>
        <source>Nothing was imported into this repository, or every import was taken back.</source>
        <translation>В этот репозиторий ничего не импортировалось, или все импорты уже отменены.</translation>
    </message>
    <message>
        <source>Take back the import of %1 from %2?</source>
        <translation>Отменить импорт %1 от %2?</translation>
    </message>
    <message>
        <source>Take Back</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>The import was not taken back</source>
        <translation>Импорт не отменён</translation>
    </message>
    <message>
        <source>Import taken back</source>
        <translation>Импорт отменён</translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 was taken back: %n use case(s) are as they were before it.</source>
        <translation>
            <numerusform>Импорт %1 отменён: %n сценарий использования возвращён к состоянию до импорта.</numerusform>
            <numerusform>Импорт %1 отменён: %n сценария использования возвращены к состоянию до импорта.</numerusform>
            <numerusform>Импорт %1 отменён: %n сценариев использования возвращены к состоянию до импорта.</numerusform>
        </translation>
    </message>
    <message>
        <source>It added %1, updated %2 and deleted %3 records. Each goes back to how it was before the import; importing the file again brings the same changes.</source>
        <translation>Импорт добавил записей: %1, обновил: %2, удалил: %3. Каждая запись вернётся к состоянию до импорта; повторный импорт файла внесёт те же изменения.</translation>
    </message>
    <message>
        <source>Taking back the import of %1…</source>
        <translation>Отмена импорта %1…</translation>
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
        <translation>Идентификация и происхождение</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Классификация</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Technology and interoperability</source>
        <translation>Технологии и функциональная совместимость</translation>
    </message>
    <message>
        <source>Outcomes and gaps</source>
        <translation>Результаты и пробелы</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Перейти к: %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>Another one, not in the list</source>
        <translation>Другое, которого нет в списке</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add and tick what you typed (Enter)</source>
        <translation>Добавить и отметить введённое (Enter)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Required: what the use case is about, in a few words</source>
        <translation>Обязательно: о чём сценарий использования, в нескольких словах</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>Given when saved, e.g. UC-2026-014</source>
        <translation>Присваивается при сохранении, например UC-2026-014</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <source>e.g. 1.2</source>
        <translation>например, 1.2</translation>
    </message>
    <message>
        <source>Approval &amp;status:</source>
        <translation>&amp;Статус утверждения:</translation>
    </message>
    <message>
        <source>Source &amp;organization:</source>
        <translation>&amp;Организация-источник:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Su&amp;bmitters:</source>
        <translation>&amp;Авторы:</translation>
    </message>
    <message>
        <source>Submitters</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>No submitters yet. Add the people who contributed this use case.</source>
        <translation>Авторов пока нет. Добавьте людей, предоставивших этот сценарий использования.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Собрание</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Source &amp;documents:</source>
        <translation>Исходные &amp;документы:</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Исходные документы</translation>
    </message>
    <message>
        <source>No source documents yet. Add contributions, meeting reports or links.</source>
        <translation>Исходных документов пока нет. Добавьте вклады, отчёты собраний или ссылки.</translation>
    </message>
    <message>
        <source>S&amp;haring level:</source>
        <translation>&amp;Уровень доступа:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Лицензия:</translation>
    </message>
    <message>
        <source>e.g. CC BY 4.0</source>
        <translation>например, CC BY 4.0</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language of the text, e.g. en, ar, zh-Hans</source>
        <translation>Язык текста, например en, ar, zh-Hans</translation>
    </message>
    <message>
        <source>&amp;Verticals:</source>
        <translation>&amp;Вертикальные отрасли:</translation>
    </message>
    <message>
        <source>S&amp;DGs:</source>
        <translation>&amp;ЦУР:</translation>
    </message>
    <message>
        <source>&amp;U4SSC KPI codes:</source>
        <translation>Коды КПЭ &amp;U4SSC:</translation>
    </message>
    <message>
        <source>A KPI code from ITU-T Y.4903, then Enter</source>
        <translation>Код КПЭ из МСЭ-T Y.4903, затем Enter</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Страны:</translation>
    </message>
    <message>
        <source>Type a country name or ISO code, then Enter</source>
        <translation>Введите название страны или её код ISO, затем Enter</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country</source>
        <translation>«%1» — неизвестная страна</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country (did you mean %2?)</source>
        <translation>«%1» — неизвестная страна (возможно, %2?)</translation>
    </message>
    <message>
        <source>Development conte&amp;xt:</source>
        <translation>Контекст &amp;развития:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>Х&amp;арактер:</translation>
    </message>
    <message>
        <source>Deployment s&amp;tage:</source>
        <translation>&amp;Этап внедрения:</translation>
    </message>
    <message>
        <source>Use case UUID</source>
        <translation>UUID сценария использования</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Характер</translation>
    </message>
    <message>
        <source>Related use cas&amp;es:</source>
        <translation>Св&amp;язанные сценарии использования:</translation>
    </message>
    <message>
        <source>Related use cases</source>
        <translation>Связанные сценарии использования</translation>
    </message>
    <message>
        <source>No related use cases. Add one by its UUID.</source>
        <translation>Связанных сценариев использования нет. Добавьте сценарий по его UUID.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Краткое содержание:</translation>
    </message>
    <message>
        <source>A few sentences a reader sees first</source>
        <translation>Несколько предложений, которые читатель видит первыми</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Цели:</translation>
    </message>
    <message>
        <source>&amp;Problem and why current standards fall short:</source>
        <translation>&amp;Проблема и почему существующих стандартов недостаточно:</translation>
    </message>
    <message>
        <source>&amp;Benefits:</source>
        <translation>П&amp;реимущества:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>No actors yet. Add the people, devices, systems and organizations involved.</source>
        <translation>Участников пока нет. Добавьте задействованных людей, устройства, системы и организации.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>S&amp;cenarios:</source>
        <translation>С&amp;ценарии:</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>No scenarios yet. Add one, then its numbered steps below.</source>
        <translation>Сценариев пока нет. Добавьте сценарий, а затем его пронумерованные шаги ниже.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Data model or standard</source>
        <translation>Модель данных или стандарт</translation>
    </message>
    <message>
        <source>&amp;Information exchanged:</source>
        <translation>П&amp;ередаваемая информация:</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>Передаваемая информация</translation>
    </message>
    <message>
        <source>Nothing listed yet. Add each piece of information and the data model that carries it.</source>
        <translation>Пока ничего нет. Добавьте каждый вид информации и модель данных, которая её передаёт.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Аспект</translation>
    </message>
    <message>
        <source>Conformance tested</source>
        <translation>Соответствие проверено</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>&amp;Standards used:</source>
        <translation>&amp;Используемые стандарты:</translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation>Используемые стандарты</translation>
    </message>
    <message>
        <source>No standards yet. Add each standard with the interoperability facet it serves.</source>
        <translation>Стандартов пока нет. Добавьте каждый стандарт с аспектом функциональной совместимости, который он обеспечивает.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандарт</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Interfaces (pivotal points of interoperability):</source>
        <translation>&amp;Интерфейсы (ключевые точки функциональной совместимости):</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Интерфейсы</translation>
    </message>
    <message>
        <source>No interfaces yet. Add the points where actors connect and the standard used there.</source>
        <translation>Интерфейсов пока нет. Добавьте точки соединения участников и используемый там стандарт.</translation>
    </message>
    <message>
        <source>&amp;Platforms:</source>
        <translation>&amp;Платформы:</translation>
    </message>
    <message>
        <source>e.g. FIWARE Context Broker, then Enter</source>
        <translation>например, FIWARE Context Broker, затем Enter</translation>
    </message>
    <message>
        <source>&amp;Connectivity:</source>
        <translation>&amp;Связь:</translation>
    </message>
    <message>
        <source>Device &amp;onboarding:</source>
        <translation>П&amp;одключение устройств:</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Применяется к</translation>
    </message>
    <message>
        <source>Globally unique</source>
        <translation>Глобально уникальный</translation>
    </message>
    <message>
        <source>Resolvable</source>
        <translation>Разрешаемый</translation>
    </message>
    <message>
        <source>I&amp;dentifier schemes:</source>
        <translation>Схемы и&amp;дентификаторов:</translation>
    </message>
    <message>
        <source>Identifier schemes</source>
        <translation>Схемы идентификаторов</translation>
    </message>
    <message>
        <source>No identifier schemes yet. Add how devices, applications and data are identified.</source>
        <translation>Схем идентификаторов пока нет. Добавьте, как идентифицируются устройства, приложения и данные.</translation>
    </message>
    <message>
        <source>Securit&amp;y and privacy measures:</source>
        <translation>Меры &amp;безопасности и защиты персональных данных:</translation>
    </message>
    <message>
        <source>Security &amp;baselines:</source>
        <translation>Базовые требования б&amp;езопасности:</translation>
    </message>
    <message>
        <source>e.g. ETSI EN 303 645, then Enter</source>
        <translation>например, ETSI EN 303 645, затем Enter</translation>
    </message>
    <message>
        <source>Data &amp;governance:</source>
        <translation>&amp;Управление данными:</translation>
    </message>
    <message>
        <source>Ownership, access, sharing agreements, licences</source>
        <translation>Владение, доступ, соглашения об обмене, лицензии</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Измерено</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Источник данных</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <source>U4SSC code</source>
        <translation>Код U4SSC</translation>
    </message>
    <message>
        <source>&amp;KPIs:</source>
        <translation>&amp;КПЭ:</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>КПЭ</translation>
    </message>
    <message>
        <source>No KPIs yet. Add each indicator with its values as written, units included.</source>
        <translation>КПЭ пока нет. Добавьте каждый показатель с его значениями в исходном виде, включая единицы.</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>&amp;Извлечённые уроки:</translation>
    </message>
    <message>
        <source>&amp;Replicable components:</source>
        <translation>&amp;Тиражируемые компоненты:</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>Предполагаемая ОРС</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Standardization &amp;gaps:</source>
        <translation>П&amp;робелы в стандартизации:</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Пробелы в стандартизации</translation>
    </message>
    <message>
        <source>No gaps recorded. Add what current standards do not cover, and who could work on it.</source>
        <translation>Пробелы не записаны. Добавьте то, что не охватывают существующие стандарты, и кто мог бы над этим работать.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно</translation>
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
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ This use case cannot be saved yet: %1</source>
        <translation>⚠ Этот сценарий использования пока нельзя сохранить: %1</translation>
    </message>
    <message>
        <source>New use case, not saved yet</source>
        <translation>Новый сценарий использования, ещё не сохранён</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Редакция %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>создано %1</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>изменено %1</translation>
    </message>
    <message>
        <source>modified %1 by %2</source>
        <translation>изменено %1, автор: %2</translation>
    </message>
    <message>
        <source>UUID %1</source>
        <translation>UUID %1</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Копия %1</translation>
    </message>
    <message>
        <source>step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <source>information producer</source>
        <translation>источник информации</translation>
    </message>
    <message>
        <source>information receiver</source>
        <translation>получатель информации</translation>
    </message>
    <message>
        <source>information exchanged</source>
        <translation>передаваемая информация</translation>
    </message>
    <message>
        <source>primary actor</source>
        <translation>основной участник</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>измерение</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice</source>
        <translation>«%1» используется дважды</translation>
    </message>
    <message>
        <source>New rows get the next free %1n</source>
        <translation>Новые строки получают следующий свободный %1n</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Идентификация</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Технологии</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>ITU-D &amp;regions:</source>
        <translation>&amp;Регионы МСЭ-D:</translation>
    </message>
    <message>
        <source>ITU-T &amp;Questions:</source>
        <translation>&amp;Вопросы МСЭ-T:</translation>
    </message>
    <message>
        <source>e.g. Q2/20, then Enter</source>
        <translation>например, Q2/20, затем Enter</translation>
    </message>
    <message>
        <source>Related Reco&amp;mmendations or work items:</source>
        <translation>Связанные Реко&amp;мендации или рабочие темы:</translation>
    </message>
    <message>
        <source>e.g. ITU-T Y.4500.1 or a work item, then Enter</source>
        <translation>например, МСЭ-T Y.4500.1 или рабочая тема, затем Enter</translation>
    </message>
    <message>
        <source>The development context of each country the use case is deployed in</source>
        <translation>Контекст развития каждой страны, где внедрён сценарий использования</translation>
    </message>
    <message>
        <source>Scop&amp;e:</source>
        <translation>С&amp;фера применения:</translation>
    </message>
    <message>
        <source>What the use case covers and what it leaves out</source>
        <translation>Что охватывает сценарий использования и что остаётся за его рамками</translation>
    </message>
    <message>
        <source>Assu&amp;mptions:</source>
        <translation>Д&amp;опущения:</translation>
    </message>
    <message>
        <source>Something taken as given, then Enter</source>
        <translation>То, что принимается как данность, затем Enter</translation>
    </message>
    <message>
        <source>Pre&amp;requisites:</source>
        <translation>П&amp;редварительные условия:</translation>
    </message>
    <message>
        <source>Something that must be in place first, then Enter</source>
        <translation>То, что должно быть обеспечено заранее, затем Enter</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Re&amp;quirements:</source>
        <translation>Тр&amp;ебования:</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>No requirements yet. Add what the use case needs, e.g. R-1 performance: a reading arrives within 15 minutes; steps and information refer to them by id.</source>
        <translation>Требований пока нет. Добавьте то, что нужно сценарию использования, например R-1 производительность: показание поступает в течение 15 минут; шаги и информация ссылаются на требования по идентификатору.</translation>
    </message>
    <message>
        <source>Tick each one that applies: the arrows move, Space ticks</source>
        <translation>Отметьте все подходящие: стрелки перемещают, пробел ставит отметку</translation>
    </message>
    <message>
        <source>The record&apos;s review stage, from draft to agreed or superseded</source>
        <translation>Этап рассмотрения записи: от «Проект» до «Согласовано» или «Заменено»</translation>
    </message>
    <message>
        <source>The organization the use case comes from</source>
        <translation>Организация, от которой исходит сценарий использования</translation>
    </message>
    <message>
        <source>Who may receive it: a restricted record leaves in no export by default</source>
        <translation>Кто может его получить: по умолчанию запись с ограниченным доступом не попадает ни в один экспорт</translation>
    </message>
    <message>
        <source>Whether it is tied to a region, a country or one place</source>
        <translation>Привязан ли он к региону, стране или одному месту</translation>
    </message>
    <message>
        <source>How far it has got, from a concept to several sites</source>
        <translation>Насколько он продвинулся: от концепции до нескольких объектов</translation>
    </message>
    <message>
        <source>The complete description: how it works and who does what</source>
        <translation>Полное описание: как он работает и кто что делает</translation>
    </message>
    <message>
        <source>What the use case sets out to achieve</source>
        <translation>Чего стремится достичь сценарий использования</translation>
    </message>
    <message>
        <source>The situation today, and what standards miss or get wrong</source>
        <translation>Текущая ситуация и что стандарты упускают или решают неверно</translation>
    </message>
    <message>
        <source>What improves, and for whom</source>
        <translation>Что улучшается и для кого</translation>
    </message>
    <message>
        <source>How data, devices and people&apos;s privacy are protected</source>
        <translation>Как защищаются данные, устройства и неприкосновенность частной жизни людей</translation>
    </message>
    <message>
        <source>What worked, what did not, and what others should know</source>
        <translation>Что сработало, что нет и что следует знать другим</translation>
    </message>
    <message>
        <source>Parts another deployment could reuse</source>
        <translation>Части, которые можно повторно использовать в другом внедрении</translation>
    </message>
</context>
<context>
    <name>casebook::ui::UseCaseListModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Вертикальные отрасли</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Not assessed against &quot;%1&quot;</source>
        <translation>Не оценивался по «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Median of %n assessor(s) against &quot;%1&quot; version %2</source>
        <translation>
            <numerusform>Медиана %n эксперта по «%1», версия %2</numerusform>
            <numerusform>Медиана %n экспертов по «%1», версия %2</numerusform>
            <numerusform>Медиана %n экспертов по «%1», версия %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>%1 (partial, %2% covered)</source>
        <translation>%1 (частично, охват %2%)</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>Регионы МСЭ-D</translation>
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
        <translation>Нет в списке: %1</translation>
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
        <translation>Набор весов</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>Сохранить как...</translation>
    </message>
    <message>
        <source>Weigh each &amp;criterion</source>
        <translation>Задать вес каждому &amp;критерию</translation>
    </message>
    <message>
        <source>&amp;Reset to Rubric</source>
        <translation>&amp;Вернуть систему критериев</translation>
    </message>
    <message>
        <source>Beside each weight: the range within which the top of the ranking stays the same.</source>
        <translation>Рядом с каждым весом: диапазон, в котором верх рейтинга не меняется.</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Система критериев</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Вес %1</translation>
    </message>
    <message>
        <source>Top stays from %1 to %2</source>
        <translation>Верх не меняется от %1 до %2</translation>
    </message>
    <message>
        <source>The use case(s) ranked first stay first while this weight stays between %1 and %2, the other weights unchanged.</source>
        <translation>Сценарий (сценарии) использования на первом месте остаются первыми, пока этот вес находится между %1 и %2 при неизменных остальных весах.</translation>
    </message>
    <message>
        <source>Save Weight Set</source>
        <translation>Сохранение набора весов</translation>
    </message>
    <message>
        <source>Name of the weight set:</source>
        <translation>Название набора весов:</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(изменено)</translation>
    </message>
    <message>
        <source>Choose a saved set of weights, or the rubric&apos;s own</source>
        <translation>Выберите сохранённый набор весов или веса самой системы критериев</translation>
    </message>
    <message>
        <source>Arrows and Page Up or Down change it; the ranking follows</source>
        <translation>Стрелки и Page Up или Page Down изменяют его; рейтинг пересчитывается</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Casebook: a catalogue of IoT use cases.</source>
        <translation>Casebook: каталог сценариев использования IoT.</translation>
    </message>
    <message>
        <source>The repository file (default: %1).</source>
        <translation>Файл репозитория (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Cannot open the repository</source>
        <translation>Не удаётся открыть репозиторий</translation>
    </message>
    <message>
        <source>Cannot prepare the repository</source>
        <translation>Не удаётся подготовить репозиторий</translation>
    </message>
    <message>
        <source>A .casebook bundle to preview and import.</source>
        <translation>Пакет .casebook для предварительного просмотра и импорта.</translation>
    </message>
</context>
</TS>
