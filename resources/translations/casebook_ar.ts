<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AssessmentJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>يجب أن يكون قيمة نصية</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>طوله %1 حرفًا؛ والحد الأقصى %2</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>يحتوي على محارف تحكم</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>«%1» ليس معرّف UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>«%1» ليس تاريخًا ووقتًا بصيغة ISO 8601</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation>يحتوي على %1 عنصرًا؛ والحد الأقصى %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>criterion %1 is scored twice</source>
        <translation>المعيار %1 مُقيَّم مرتين</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 100</source>
        <translation>يجب أن يكون عددًا صحيحًا من 0 إلى 100</translation>
    </message>
    <message>
        <source>must be level, na or unknown</source>
        <translation>يجب أن يكون level أو na أو unknown</translation>
    </message>
    <message>
        <source>must be low, medium or high</source>
        <translation>يجب أن يكون low أو medium أو high</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>يجب أن يكون معرّف UUID</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>يجب أن يكون عددًا صحيحًا من 1 إلى %1</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>An assessment needs the assessor&apos;s name.</source>
        <translation>يحتاج التقييم إلى اسم المقيِّم.</translation>
    </message>
    <message>
        <source>Saving the assessment</source>
        <translation>حفظ التقييم</translation>
    </message>
    <message>
        <source>There is no use case %1.</source>
        <translation>لا توجد حالة استخدام %1.</translation>
    </message>
    <message>
        <source>An assessment with the UUID %1 already exists.</source>
        <translation>يوجد بالفعل تقييم بالمعرّف UUID %1.</translation>
    </message>
    <message>
        <source>Reading assessments</source>
        <translation>قراءة التقييمات</translation>
    </message>
    <message>
        <source>There is no assessment %1.</source>
        <translation>لا يوجد تقييم %1.</translation>
    </message>
    <message>
        <source>Counting assessments</source>
        <translation>عدّ التقييمات</translation>
    </message>
    <message>
        <source>Deleting the assessment</source>
        <translation>حذف التقييم</translation>
    </message>
    <message>
        <source>The assessor&apos;s identity is not a UUID.</source>
        <translation>هوية المقيِّم ليست معرّف UUID.</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file is larger than %1 MB, the limit for an attachment.</source>
        <translation>الملف أكبر من %1 ميغابايت، وهو الحد الأقصى للمرفق.</translation>
    </message>
    <message>
        <source>Storing the attachment</source>
        <translation>تخزين المرفق</translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation>قراءة المرفق</translation>
    </message>
    <message>
        <source>The attachment %1 is not stored.</source>
        <translation>المرفق %1 غير مخزَّن.</translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>أُلغيت المزامنة.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>جارٍ المقارنة مع %1…</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>جارٍ المزامنة مع %1…</translation>
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
        <translation>أُنشئ %1 بإصدار أحدث من Casebook (تنسيق الحزمة %2)؛ حدِّث Casebook لفتح هذه الحزمة.</translation>
    </message>
    <message>
        <source>The document %1 does not have the expected form.</source>
        <translation>المستند %1 ليس بالشكل المتوقع.</translation>
    </message>
    <message>
        <source>The document %1 contains invalid Unicode text.</source>
        <translation>يحتوي المستند %1 على نص يونيكود غير صالح.</translation>
    </message>
    <message>
        <source>The document %1 has a field this version does not know: %2.</source>
        <translation>يحتوي المستند %1 على حقل لا يعرفه هذا الإصدار: %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>هذا ليس ملفًا.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تتعذر قراءة %1.</translation>
    </message>
    <message>
        <source>This is not a Casebook bundle (it has no manifest).</source>
        <translation>هذه ليست حزمة Casebook (لا تحتوي على ملف بيان).</translation>
    </message>
    <message>
        <source>This is not a Casebook bundle.</source>
        <translation>هذه ليست حزمة Casebook.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (format_version).</source>
        <translation>ملف بيان الحزمة غير صالح (format_version).</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (min_reader_version).</source>
        <translation>ملف بيان الحزمة غير صالح (min_reader_version).</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (%1).</source>
        <translation>ملف بيان الحزمة غير صالح (%1).</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists a file outside the allowed layout: %1.</source>
        <translation>يذكر ملف بيان الحزمة ملفًا خارج البنية المسموح بها: %1.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists the file %1 twice.</source>
        <translation>يذكر ملف بيان الحزمة الملف %1 مرتين.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: the file %1 is missing.</source>
        <translation>الحزمة غير مكتملة: الملف %1 مفقود.</translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its size differs from the manifest).</source>
        <translation>الحزمة تالفة عند المدخل %1 (حجمه يختلف عن المذكور في ملف البيان).</translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its SHA-256 fingerprint differs from the manifest).</source>
        <translation>الحزمة تالفة عند المدخل %1 (بصمته SHA-256 تختلف عن المذكورة في ملف البيان).</translation>
    </message>
    <message>
        <source>The bundle contains a file its manifest does not list: %1.</source>
        <translation>تحتوي الحزمة على ملف لا يذكره ملف البيان: %1.</translation>
    </message>
    <message>
        <source>Rubric %1 in %2 is invalid: %3</source>
        <translation>سلم التقييم %1 في %2 غير صالح: %3</translation>
    </message>
    <message>
        <source>it has no uuid.</source>
        <translation>ليس له uuid.</translation>
    </message>
    <message>
        <source>The rubric %1 appears twice.</source>
        <translation>يظهر سلم التقييم %1 مرتين.</translation>
    </message>
    <message>
        <source>The tag list is invalid: %1.</source>
        <translation>قائمة الوسوم غير صالحة: %1.</translation>
    </message>
    <message>
        <source>The tag %1 is listed twice.</source>
        <translation>الوسم %1 مذكور مرتين.</translation>
    </message>
    <message>
        <source>Use case %1 in %2 is not an object.</source>
        <translation>حالة الاستخدام %1 في %2 ليست كائنًا.</translation>
    </message>
    <message>
        <source>Use case %1 (&quot;%2&quot;) is invalid: %3</source>
        <translation>حالة الاستخدام %1 («%2») غير صالحة: %3</translation>
    </message>
    <message>
        <source>The use case %1 appears twice.</source>
        <translation>تظهر حالة الاستخدام %1 مرتين.</translation>
    </message>
    <message>
        <source>The code %1 is used by two use cases.</source>
        <translation>الرمز %1 مستخدم في حالتي استخدام.</translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; has the tag %2, which %3 does not list.</source>
        <translation>لحالة الاستخدام «%1» الوسم %2، الذي لا يذكره %3.</translation>
    </message>
    <message>
        <source>The attachment %1 of &quot;%2&quot; does not have the size its use case gives.</source>
        <translation>حجم المرفق %1 من «%2» لا يطابق الحجم الذي تذكره حالة الاستخدام.</translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; names the attachment %2, which is missing from the bundle.</source>
        <translation>تذكر حالة الاستخدام «%1» المرفق %2، وهو مفقود من الحزمة.</translation>
    </message>
    <message>
        <source>The ancestry of &quot;%1&quot; is invalid.</source>
        <translation>سلسلة أصل «%1» غير صالحة.</translation>
    </message>
    <message>
        <source>The ancestry names a use case that is not in the bundle: %1.</source>
        <translation>تذكر سلسلة الأصل حالة استخدام ليست في الحزمة: %1.</translation>
    </message>
    <message>
        <source>Fields from a newer Casebook were kept as they are: %1.</source>
        <translation>احتُفظ بالحقول الواردة من إصدار أحدث من Casebook كما هي: %1.</translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its content does not match its name).</source>
        <translation>الحزمة تالفة عند المدخل %1 (محتواه لا يطابق اسمه).</translation>
    </message>
    <message>
        <source>The bundle contains an attachment that no use case names: %1.</source>
        <translation>تحتوي الحزمة على مرفق لا تذكره أي حالة استخدام: %1.</translation>
    </message>
    <message>
        <source>Assessment %1 is invalid: %2</source>
        <translation>التقييم %1 غير صالح: %2</translation>
    </message>
    <message>
        <source>it is not an object.</source>
        <translation>ليس كائنًا.</translation>
    </message>
    <message>
        <source>The assessment %1 appears twice.</source>
        <translation>يظهر التقييم %1 مرتين.</translation>
    </message>
    <message>
        <source>%1 assessed the same use case twice against the same rubric.</source>
        <translation>قيَّم %1 حالة الاستخدام نفسها مرتين وفق سلم التقييم نفسه.</translation>
    </message>
    <message>
        <source>The assessment by %1 names a use case that is not in the bundle.</source>
        <translation>يذكر تقييم %1 حالة استخدام ليست في الحزمة.</translation>
    </message>
    <message>
        <source>The assessment by %1 names a rubric that is not in the bundle.</source>
        <translation>يذكر تقييم %1 سلم تقييم ليس في الحزمة.</translation>
    </message>
    <message>
        <source>The assessment by %1 scores a criterion its rubric does not have: %2.</source>
        <translation>يقيِّم تقييم %1 معيارًا لا يتضمنه سلم التقييم الخاص به: %2.</translation>
    </message>
    <message>
        <source>The assessment by %1 gives %2 a level outside the rubric&apos;s scale.</source>
        <translation>يعطي تقييم %1 للمعيار %2 مستوى خارج مقياس سلم التقييم.</translation>
    </message>
    <message>
        <source>The list of deleted records is invalid.</source>
        <translation>قائمة السجلات المحذوفة غير صالحة.</translation>
    </message>
    <message>
        <source>The record %1 is both present and deleted, or deleted twice.</source>
        <translation>السجل %1 موجود ومحذوف في آن واحد، أو محذوف مرتين.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest does not match its content (%1).</source>
        <translation>ملف بيان الحزمة لا يطابق محتواها (%1).</translation>
    </message>
    <message>
        <source>The document %1 is refused: %2</source>
        <translation>رُفض المستند %1: %2</translation>
    </message>
    <message>
        <source>The bundle holds more records than the %1 a bundle may hold (use cases, assessments and deleted records together).</source>
        <translation>تحتوي الحزمة على سجلات أكثر من الحد المسموح به وهو %1 (حالات الاستخدام والتقييمات والسجلات المحذوفة معًا).</translation>
    </message>
    <message>
        <source>The ancestry of %1 is given twice.</source>
        <translation>سلسلة أصل %1 مذكورة مرتين.</translation>
    </message>
    <message>
        <source>The bundle&apos;s parts of %1 are not numbered from 2 without a gap: %2.</source>
        <translation>أجزاء الحزمة الخاصة بـ %1 غير مرقمة بدءًا من 2 دون فجوات: %2.</translation>
    </message>
    <message>
        <source>revision: must be a whole number from 1 to %1</source>
        <translation>revision: يجب أن يكون عددًا صحيحًا من 1 إلى %1</translation>
    </message>
    <message>
        <source>Its JSON documents are too large when unpacked (%1 MB; the limit is %2 MB).</source>
        <translation>مستندات JSON فيها كبيرة جدًا بعد فك الضغط (%1 ميغابايت؛ والحد الأقصى %2 ميغابايت).</translation>
    </message>
</context>
<context>
    <name>BundleWorkshops</name>
    <message>
        <source>The document workshops.json has a field this version does not know: %1.</source>
        <translation>يحتوي المستند workshops.json على حقل لا يعرفه هذا الإصدار: %1.</translation>
    </message>
    <message>
        <source>The document workshops.json does not have the expected form.</source>
        <translation>المستند workshops.json ليس بالشكل المتوقع.</translation>
    </message>
    <message>
        <source>The bundle holds more records than the %1 a bundle may hold.</source>
        <translation>تحتوي الحزمة على سجلات أكثر من الحد المسموح به وهو %1.</translation>
    </message>
    <message>
        <source>Workshop %1 is invalid: %2</source>
        <translation>ورشة العمل %1 غير صالحة: %2</translation>
    </message>
    <message>
        <source>it is not an object.</source>
        <translation>ليس كائنًا.</translation>
    </message>
    <message>
        <source>it has a field this version does not know: %1.</source>
        <translation>يحتوي على حقل لا يعرفه هذا الإصدار: %1.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; appears twice.</source>
        <translation>تظهر ورشة العمل «%1» مرتين.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; names a rubric that is not in the bundle.</source>
        <translation>تذكر ورشة العمل «%1» سلم تقييم ليس في الحزمة.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; names a use case that is not in the bundle.</source>
        <translation>تذكر ورشة العمل «%1» حالة استخدام ليست في الحزمة.</translation>
    </message>
    <message>
        <source>Round scores %1 are invalid: %2</source>
        <translation>درجات الجولة %1 غير صالحة: %2</translation>
    </message>
    <message>
        <source>they are not an object.</source>
        <translation>ليست كائنًا.</translation>
    </message>
    <message>
        <source>they have a field this version does not know: %1.</source>
        <translation>تحتوي على حقل لا يعرفه هذا الإصدار: %1.</translation>
    </message>
    <message>
        <source>The round %1 scores of %2 appear twice.</source>
        <translation>تظهر درجات الجولة %1 من %2 مرتين.</translation>
    </message>
    <message>
        <source>The round scores of %1 name a workshop that is not in the bundle.</source>
        <translation>تذكر درجات الجولة من %1 ورشة عمل ليست في الحزمة.</translation>
    </message>
    <message>
        <source>The round scores of %1 name round %2, which the workshop &quot;%3&quot; does not have.</source>
        <translation>تذكر درجات الجولة من %1 الجولة %2، وليست في ورشة العمل «%3».</translation>
    </message>
    <message>
        <source>The round scores of %1 name a use case that is not in the workshop.</source>
        <translation>تذكر درجات الجولة من %1 حالة استخدام ليست من ورشة العمل.</translation>
    </message>
    <message>
        <source>The round scores of %1 score a criterion the rubric does not have: %2.</source>
        <translation>تقيِّم درجات الجولة من %1 معيارًا لا يتضمنه سلم التقييم: %2.</translation>
    </message>
    <message>
        <source>The round scores of %1 give %2 a level outside the rubric&apos;s scale.</source>
        <translation>تعطي درجات الجولة من %1 للمعيار %2 مستوى خارج مقياس سلم التقييم.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>The export to %1 was cancelled; nothing was written.</source>
        <translation>أُلغي التصدير إلى %1؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The bundle %1 could not be written: %2</source>
        <translation>تعذرت كتابة الحزمة %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to share: it takes %2 MB, and a bundle entry may take at most %3 MB.</source>
        <translation>%1 أكبر من أن يُشارَك: يشغل %2 ميغابايت، ولا يمكن أن يتجاوز مدخل الحزمة %3 ميغابايت.</translation>
    </message>
    <message>
        <source>The use case %1 (&quot;%2&quot;)</source>
        <translation>حالة الاستخدام %1 («%2»)</translation>
    </message>
    <message>
        <source>The assessment by %1</source>
        <translation>تقييم %1</translation>
    </message>
    <message>
        <source>it would hold %1 records (use cases, assessments and deleted records), and a bundle may hold at most %2; choose fewer use cases.</source>
        <translation>ستحتوي على %1 سجلًا (حالات استخدام وتقييمات وسجلات محذوفة)، ولا يمكن أن تحتوي الحزمة على أكثر من %2؛ اختر عددًا أقل من حالات الاستخدام.</translation>
    </message>
    <message>
        <source>it would hold %1 files, and a bundle may hold at most %2; choose fewer use cases or leave the attachments out.</source>
        <translation>ستحتوي على %1 ملفًا، ولا يمكن أن تحتوي الحزمة على أكثر من %2؛ اختر عددًا أقل من حالات الاستخدام أو استبعد المرفقات.</translation>
    </message>
    <message>
        <source>%1 takes %2 MB, and a bundle entry may take at most %3 MB.</source>
        <translation>يشغل %1 مساحة %2 ميغابايت، ولا يمكن أن يتجاوز مدخل الحزمة %3 ميغابايت.</translation>
    </message>
    <message>
        <source>its records would take %1 MB as JSON, and a bundle may take at most %2 MB; choose fewer use cases.</source>
        <translation>ستشغل سجلاتها %1 ميغابايت بصيغة JSON، ولا يمكن أن تتجاوز الحزمة %2 ميغابايت؛ اختر عددًا أقل من حالات الاستخدام.</translation>
    </message>
    <message>
        <source>its files would take %1 MB unpacked, and a bundle may take at most %2 MB; choose fewer use cases or leave the attachments out.</source>
        <translation>ستشغل ملفاتها %1 ميغابايت بعد فك الضغط، ولا يمكن أن تتجاوز الحزمة %2 ميغابايت؛ اختر عددًا أقل من حالات الاستخدام أو استبعد المرفقات.</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>Cannot record the changes of this write.</source>
        <translation>يتعذر تسجيل تغييرات عملية الكتابة هذه.</translation>
    </message>
    <message>
        <source>Cannot apply the changes.</source>
        <translation>يتعذر تطبيق التغييرات.</translation>
    </message>
    <message>
        <source>Cannot read the recorded changes.</source>
        <translation>تتعذر قراءة التغييرات المسجَّلة.</translation>
    </message>
</context>
<context>
    <name>ChartFigure</name>
    <message>
        <source>Weights: %1</source>
        <translation>الأوزان: %1</translation>
    </message>
    <message>
        <source>Casebook, %1</source>
        <translation>Casebook، %1</translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>تعذرت كتابة الرسم البياني في %1.</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>لا يوجد رسم بياني للتصدير.</translation>
    </message>
    <message>
        <source>Choose a width between %1 and %2 pixels.</source>
        <translation>اختر عرضًا بين %1 و%2 بكسل.</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>The column synonyms table is not valid.</source>
        <translation>جدول مرادفات الأعمدة غير صالح.</translation>
    </message>
</context>
<context>
    <name>CompareLimits</name>
    <message numerus="yes">
        <source>Choose at least %1 use cases to compare; %n chosen.</source>
        <translation>
            <numerusform>اختر %1 حالات استخدام على الأقل للمقارنة؛ المختار: %n.</numerusform>
            <numerusform>اختر %1 حالات استخدام على الأقل للمقارنة؛ المختار: %n.</numerusform>
            <numerusform>اختر %1 حالات استخدام على الأقل للمقارنة؛ المختار: %n.</numerusform>
            <numerusform>اختر %1 حالات استخدام على الأقل للمقارنة؛ المختار: %n.</numerusform>
            <numerusform>اختر %1 حالات استخدام على الأقل للمقارنة؛ المختار: %n.</numerusform>
            <numerusform>اختر %1 حالات استخدام على الأقل للمقارنة؛ المختار: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %1 use cases to compare; %n chosen. Narrow the selection, the tag or the search.</source>
        <translation>
            <numerusform>اختر %1 حالة استخدام على الأكثر للمقارنة؛ المختار: %n. ضيِّق الاختيار أو الوسم أو البحث.</numerusform>
            <numerusform>اختر %1 حالة استخدام على الأكثر للمقارنة؛ المختار: %n. ضيِّق الاختيار أو الوسم أو البحث.</numerusform>
            <numerusform>اختر %1 حالة استخدام على الأكثر للمقارنة؛ المختار: %n. ضيِّق الاختيار أو الوسم أو البحث.</numerusform>
            <numerusform>اختر %1 حالة استخدام على الأكثر للمقارنة؛ المختار: %n. ضيِّق الاختيار أو الوسم أو البحث.</numerusform>
            <numerusform>اختر %1 حالة استخدام على الأكثر للمقارنة؛ المختار: %n. ضيِّق الاختيار أو الوسم أو البحث.</numerusform>
            <numerusform>اختر %1 حالة استخدام على الأكثر للمقارنة؛ المختار: %n. ضيِّق الاختيار أو الوسم أو البحث.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTables</name>
    <message>
        <source>Hidden until the facilitator reveals the scores (R).</source>
        <translation>مخفي حتى يكشف الميسِّر الدرجات (R).</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>موثوق</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>مبدئي</translation>
    </message>
    <message>
        <source>do not rely on it</source>
        <translation>لا يُعتمد عليه</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>غير قابل للحساب</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <source>Below the rubric&apos;s minimum coverage: listed, not ranked.</source>
        <translation>أقل من الحد الأدنى للتغطية في سلم التقييم: مُدرج، غير مرتَّب.</translation>
    </message>
    <message>
        <source>Rank with the rubric&apos;s weights: %1</source>
        <translation>الترتيب بأوزان سلم التقييم: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Lowest and highest of the assessors&apos; own indices (assessors: %1)</source>
        <translation>أدنى وأعلى المؤشرات الخاصة بالمقيِّمين (المقيِّمون: %1)</translation>
    </message>
    <message>
        <source>%1 (below minimum)</source>
        <translation>%1 (دون الحد الأدنى)</translation>
    </message>
    <message>
        <source>α %1, %2</source>
        <translation>α %1، %2</translation>
    </message>
    <message>
        <source>one assessor</source>
        <translation>مقيِّم واحد</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>المستوى %1: %2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>التحرك</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Assessors&apos; range</source>
        <translation>نطاق المقيِّمين</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>الحقيقة</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>متطابق؟</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ مختلف</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= متطابق</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Widest spread</source>
        <translation>أوسع تشتت</translation>
    </message>
    <message>
        <source>In</source>
        <translation>في</translation>
    </message>
    <message>
        <source>Wide in</source>
        <translation>واسع في</translation>
    </message>
    <message>
        <source>α interval</source>
        <translation>α الفتري</translation>
    </message>
    <message>
        <source>α ordinal</source>
        <translation>α الترتيبي</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>The top of a ranking needs at least one place, not %1.</source>
        <translation>يحتاج رأس الترتيب إلى مركز واحد على الأقل، لا %1.</translation>
    </message>
</context>
<context>
    <name>ComparisonLoader</name>
    <message>
        <source>No use case matches the selection; nothing to compare.</source>
        <translation>لا توجد حالة استخدام تطابق الاختيار؛ لا شيء للمقارنة.</translation>
    </message>
    <message>
        <source>Every use case of the selection is restricted (%1); add --include-restricted to compare them.</source>
        <translation>كل حالات الاستخدام المختارة مقيَّدة (%1)؛ أضف --include-restricted لمقارنتها.</translation>
    </message>
</context>
<context>
    <name>ComparisonSelection</name>
    <message>
        <source>Choose the use cases to compare: --ids, --tag, --query or --workshop.</source>
        <translation>اختر حالات الاستخدام المراد مقارنتها: --ids أو --tag أو --query أو --workshop.</translation>
    </message>
    <message>
        <source>--workshop chooses the use cases itself; leave out --ids, --tag, --query and --since.</source>
        <translation>يختار --workshop حالات الاستخدام بنفسه؛ احذف --ids و--tag و--query و--since.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has no use case.</source>
        <translation>لا تحتوي ورشة العمل «%1» على أي حالة استخدام.</translation>
    </message>
    <message>
        <source>There is no workshop named &quot;%1&quot;.</source>
        <translation>لا توجد ورشة عمل باسم «%1».</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: the row has a value in column %2, but the header has only %3 columns.</source>
        <translation>السطر %1: في الصف قيمة في العمود %2، لكن الترويسة لا تحتوي إلا على %3 أعمدة.</translation>
    </message>
    <message>
        <source>line %1: the file has more than %2 rows, the most Casebook reads at once.</source>
        <translation>السطر %1: يحتوي الملف على أكثر من %2 صف، وهو أقصى ما يقرؤه Casebook دفعة واحدة.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>الملف فارغ: لا يحتوي على صف ترويسة.</translation>
    </message>
    <message>
        <source>line %1: a value is longer than %2 KB, the most Casebook reads in one cell.</source>
        <translation>السطر %1: قيمة أطول من %2 كيلوبايت، وهو أقصى ما يقرؤه Casebook في خلية واحدة.</translation>
    </message>
    <message>
        <source>line %1: the row has more than %2 columns, the most Casebook reads.</source>
        <translation>السطر %1: يحتوي الصف على أكثر من %2 عمودًا، وهو أقصى ما يقرؤه Casebook.</translation>
    </message>
    <message>
        <source>line %1: a quoted value is never closed.</source>
        <translation>السطر %1: قيمة بين علامتي اقتباس لم تُغلق.</translation>
    </message>
    <message>
        <source>line %1: a quoted value is followed by other text; write a quote inside a quoted value as two quotes (&quot;&quot;).</source>
        <translation>السطر %1: قيمة بين علامتي اقتباس يليها نص آخر؛ اكتب علامة الاقتباس داخل القيمة المقتبسة مضاعفة (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most Casebook reads at once.</source>
        <translation>الملف أكبر من %1 ميغابايت، وهو أقصى ما يقرؤه Casebook دفعة واحدة.</translation>
    </message>
    <message>
        <source>line %1: the file contains a NUL character, which a text file never does.</source>
        <translation>السطر %1: يحتوي الملف على المحرف NUL، وهو ما لا يحتويه أي ملف نصي.</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-16.</source>
        <translation>السطر %1: النص ليس بترميز UTF-16 صالح.</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8; save the sheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>السطر %1: النص ليس بترميز UTF-8 صالح؛ احفظ الجدول بصيغة «CSV UTF-8» وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The separator must be a comma, a semicolon or a tab.</source>
        <translation>يجب أن يكون الفاصل فاصلة أو فاصلة منقوطة أو علامة جدولة.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>يتعذر فتح الملف %1.</translation>
    </message>
    <message>
        <source>line %1: the header has more than %2 columns, the most Casebook reads.</source>
        <translation>السطر %1: تحتوي الترويسة على أكثر من %2 عمودًا، وهو أقصى ما يقرؤه Casebook.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>تعذرت كتابة ملف CSV.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>تتعذر كتابة الملف %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Casebook database: it is not a regular file.</source>
        <translation>%1 ليس قاعدة بيانات Casebook: ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تتعذر قراءة %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Casebook database (it is not an SQLite database file).</source>
        <translation>%1 ليس قاعدة بيانات Casebook (ليس ملف قاعدة بيانات SQLite).</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its header is invalid.</source>
        <translation>قاعدة البيانات %1 تالفة: ترويستها غير صالحة.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and was not changed.</source>
        <translation>قاعدة البيانات %1 تالفة ولم تُغيَّر.</translation>
    </message>
    <message>
        <source>The newest backup is %1.</source>
        <translation>أحدث نسخة احتياطية هي %1.</translation>
    </message>
    <message>
        <source>Cannot check the database %1.</source>
        <translation>يتعذر فحص قاعدة البيانات %1.</translation>
    </message>
    <message>
        <source>%1 failed on %2.</source>
        <translation>فشل %1 في %2.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>لم يُحدَّد أي ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>قاعدة البيانات %1 غير موجودة.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Casebook (schema %2; this version reads up to %3). Update Casebook to open it.</source>
        <translation>كُتب %1 بإصدار أحدث من Casebook (المخطط %2؛ يقرأ هذا الإصدار حتى المخطط %3). حدِّث Casebook لفتحه.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>يتعذر إنشاء المجلد الخاص بـ %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>يتعذر فتح قاعدة البيانات %1.</translation>
    </message>
    <message>
        <source>Cannot read the database %1.</source>
        <translation>تتعذر قراءة قاعدة البيانات %1.</translation>
    </message>
    <message>
        <source>%1 is not a Casebook database (it is an SQLite database of another application).</source>
        <translation>%1 ليس قاعدة بيانات Casebook (إنه قاعدة بيانات SQLite لتطبيق آخر).</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1.</source>
        <translation>يتعذر تجهيز قاعدة البيانات %1.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was left unchanged.</source>
        <translation>تعذر نسخ %1 احتياطيًا قبل ترقيته، لذا تُرك دون تغيير.</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema version %2; it was left unchanged at version %3.</source>
        <translation>تعذرت ترقية %1 إلى إصدار المخطط %2؛ وتُرك دون تغيير عند الإصدار %3.</translation>
    </message>
    <message>
        <source>Setting the schema version</source>
        <translation>تعيين إصدار المخطط</translation>
    </message>
    <message>
        <source>The backup cannot be written over the open database %1.</source>
        <translation>لا يمكن كتابة النسخة الاحتياطية فوق قاعدة البيانات المفتوحة %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: the folder does not exist.</source>
        <translation>تتعذر كتابة النسخة الاحتياطية %1: المجلد غير موجود.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>تتعذر كتابة النسخة الاحتياطية %1.</translation>
    </message>
    <message>
        <source>The backup %1 did not verify and was not kept.</source>
        <translation>لم تجتز النسخة الاحتياطية %1 التحقق ولم يُحتفظ بها.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>يتعذر إنشاء مجلد النسخ الاحتياطية %1.</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>بدء معاملة</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>كانت المعاملة قد انتهت بالفعل.</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Giving assessors an identity</source>
        <translation>منح المقيِّمين هوية</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>تحضير تعليمة</translation>
    </message>
    <message>
        <source>The check of %1 was stopped.</source>
        <translation>توقف فحص %1.</translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <source>everything</source>
        <translation>الكل</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen use case(s)</source>
        <translation>
            <numerusform>%n حالة استخدام مختارة</numerusform>
            <numerusform>%n حالة استخدام مختارة</numerusform>
            <numerusform>%n حالة استخدام مختارة</numerusform>
            <numerusform>%n حالات استخدام مختارة</numerusform>
            <numerusform>%n حالة استخدام مختارة</numerusform>
            <numerusform>%n حالة استخدام مختارة</numerusform>
        </translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>الوسم: %1</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>البحث: %1</translation>
    </message>
    <message>
        <source>changed since %1</source>
        <translation>المعدَّلة منذ %1</translation>
    </message>
    <message>
        <source>No use case has the UUID or code &apos;%1&apos;.</source>
        <translation>لا توجد حالة استخدام بالمعرّف UUID أو الرمز «%1».</translation>
    </message>
    <message>
        <source>restricted use cases included</source>
        <translation>مع تضمين حالات الاستخدام المقيَّدة</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out</source>
        <translation>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة</numerusform>
            <numerusform>استُبعدت %n حالات استخدام مقيَّدة</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetCounter</name>
    <message>
        <source>Counting the facets was cancelled.</source>
        <translation>أُلغي عدّ الأوجه.</translation>
    </message>
</context>
<context>
    <name>FieldMatrix</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>القطاعات الرأسية</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>مناطق قطاع تنمية الاتصالات</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>سياق التنمية</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>مرحلة النشر</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>حالة الاعتماد</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>المنظمة المصدر</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>الاتصالية</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation>المعايير المستخدمة</translation>
    </message>
    <message>
        <source>Security baselines</source>
        <translation>خطوط الأساس الأمنية</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>السيناريوهات</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>المتطلبات</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>مؤشرات الأداء الرئيسية</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>فجوات التقييس</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
</context>
<context>
    <name>GapRepository</name>
    <message>
        <source>Reading the gaps</source>
        <translation>قراءة الفجوات</translation>
    </message>
</context>
<context>
    <name>HeatMapChart</name>
    <message>
        <source>Median level (↕ spread in levels):</source>
        <translation>المستوى الوسيط (↕ التشتت بالمستويات):</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>غير منطبق</translation>
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
        <translation>قراءة سجل تغييرات حالة استخدام</translation>
    </message>
    <message>
        <source>Keeping an earlier version of a use case</source>
        <translation>الاحتفاظ بإصدار سابق من حالة استخدام</translation>
    </message>
    <message>
        <source>Reading the history of an assessment</source>
        <translation>قراءة سجل تغييرات تقييم</translation>
    </message>
    <message>
        <source>Keeping an earlier version of an assessment</source>
        <translation>الاحتفاظ بإصدار سابق من تقييم</translation>
    </message>
    <message>
        <source>Reading deleted records</source>
        <translation>قراءة السجلات المحذوفة</translation>
    </message>
</context>
<context>
    <name>Iec62559UseCaseMapper</name>
    <message>
        <source>%1, line %2: &lt;%3&gt; %4; nothing was imported.</source>
        <translation>%1، السطر %2: &lt;%3&gt; %4؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>holds &apos;%1&apos;, whose value is not the JSON Casebook writes</source>
        <translation>يحتوي على «%1»، وقيمته ليست JSON الذي يكتبه Casebook</translation>
    </message>
    <message>
        <source>has no &lt;name&gt;, which the schema requires</source>
        <translation>لا يحتوي على &lt;name&gt; الذي يتطلبه المخطط</translation>
    </message>
    <message>
        <source>has no &lt;technicalId&gt;, which the schema requires</source>
        <translation>لا يحتوي على &lt;technicalId&gt; الذي يتطلبه المخطط</translation>
    </message>
</context>
<context>
    <name>Iec62559XmlReader</name>
    <message>
        <source>%1, line %2: &lt;%3&gt; %4; nothing was imported.</source>
        <translation>%1، السطر %2: &lt;%3&gt; %4؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>has no &lt;technicalId&gt;, which the schema requires</source>
        <translation>لا يحتوي على &lt;technicalId&gt; الذي يتطلبه المخطط</translation>
    </message>
    <message>
        <source>has the technicalId &apos;%1&apos; of another element</source>
        <translation>يحمل المعرّف technicalId «%1» الخاص بعنصر آخر</translation>
    </message>
    <message>
        <source>not imported, because no use case of the file refers to them: %1.</source>
        <translation>لم تُستورد، لأنه لا توجد حالة استخدام في الملف تشير إليها: %1.</translation>
    </message>
    <message>
        <source>is not the root of an IEC 62559-3 document (&lt;UseCaseRepository&gt; or &lt;CPSFramework&gt; in the namespace &quot;cpsframework&quot;)</source>
        <translation>ليس جذر مستند IEC 62559-3 (&lt;UseCaseRepository&gt; أو &lt;CPSFramework&gt; في فضاء الأسماء &quot;cpsframework&quot;)</translation>
    </message>
    <message>
        <source>holds more than %1 use cases, the most one import takes</source>
        <translation>يحتوي على أكثر من %1 حالة استخدام، وهو الحد الأقصى لعملية استيراد واحدة</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>تتعذر قراءة «%1»: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (line %2): kept with the record, under &quot;%3&quot;, what Casebook has no field for: %4.</source>
        <translation>«%1» (السطر %2): احتُفظ مع السجل، تحت «%3»، بما ليس له حقل في Casebook: %4.</translation>
    </message>
</context>
<context>
    <name>Iec62559XmlWriter</name>
    <message>
        <source>Use cases from Casebook</source>
        <translation>حالات استخدام من Casebook</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
</context>
<context>
    <name>ImportCodes</name>
    <message>
        <source>The code %1 of &quot;%2&quot; is used here by another use case; &quot;%2&quot; has the code %3 here.</source>
        <translation>الرمز %1 الخاص بـ«%2» مستخدم هنا في حالة استخدام أخرى؛ رمز «%2» هنا هو %3.</translation>
    </message>
    <message>
        <source>The team repository gives the code %1 to another use case, so &quot;%2&quot; has the new code %3 here; the next sync sends it.</source>
        <translation>يمنح مستودع الفريق الرمز %1 لحالة استخدام أخرى، لذا تحصل «%2» هنا على الرمز الجديد %3؛ وترسله المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>ImportFailure</name>
    <message>
        <source>Nothing was changed: the import did not happen.</source>
        <translation>لم يتغير أي شيء: لم يتم الاستيراد.</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>%1: this kind of file cannot be imported (expected a .casebook bundle, a .csv spreadsheet, a .json file or IEC 62559-3 .xml).</source>
        <translation>%1: لا يمكن استيراد هذا النوع من الملفات (المتوقع حزمة ‎.casebook أو جدول ‎.csv أو ملف ‎.json أو XML بمعيار IEC 62559-3 ‎.xml).</translation>
    </message>
    <message>
        <source>Bundles, spreadsheets, JSON and IEC 62559-3 XML (*.casebook *.csv *.txt *.tsv *.json *.xml);;Casebook bundles (*.casebook);;Spreadsheets (*.csv *.txt *.tsv);;JSON (*.json);;IEC 62559-3 XML (*.xml);;All files (*)</source>
        <translation>الحزم والجداول وJSON وXML بمعيار IEC 62559-3 (*.casebook *.csv *.txt *.tsv *.json *.xml);;حزم Casebook (*.casebook);;الجداول (*.csv *.txt *.tsv);;JSON (*.json);;XML بمعيار IEC 62559-3 (*.xml);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ImportLogRepository</name>
    <message>
        <source>Logging the import</source>
        <translation>تسجيل الاستيراد</translation>
    </message>
    <message>
        <source>Reading the import log</source>
        <translation>قراءة سجل الاستيراد</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>Changed there only</source>
        <translation>عُدِّل هناك فقط</translation>
    </message>
    <message>
        <source>Changed here only</source>
        <translation>عُدِّل هنا فقط</translation>
    </message>
    <message>
        <source>Changed on both sides, merged</source>
        <translation>عُدِّل في الجانبين، ودُمج</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Deleted there</source>
        <translation>حُذف هناك</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>حُذف هنا</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>Deleted here on %1.</source>
        <translation>حُذف هنا في %1.</translation>
    </message>
    <message>
        <source>The code %1 is already used here by &quot;%2&quot;; the use case will get a new code.</source>
        <translation>الرمز %1 مستخدم هنا بالفعل في «%2»؛ ستحصل حالة الاستخدام على رمز جديد.</translation>
    </message>
    <message>
        <source>No common earlier version is known, so every difference is a choice.</source>
        <translation>لا يُعرف إصدار سابق مشترك، لذا فكل اختلاف يتطلب اختيارًا.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Both copies are revision %1 of this assessment with different scores.</source>
        <translation>النسختان كلتاهما المراجعة %1 من هذا التقييم، بدرجات مختلفة.</translation>
    </message>
    <message>
        <source>The %1 %2 appears twice.</source>
        <translation>يظهر %1 %2 مرتين.</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>حالة الاستخدام</translation>
    </message>
    <message>
        <source>The record %1 is both present and deleted in %2.</source>
        <translation>السجل %1 موجود ومحذوف في آن واحد في %2.</translation>
    </message>
    <message>
        <source>rubric</source>
        <translation>سلم التقييم</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; names the attachment %2, whose file is missing.</source>
        <translation>تذكر حالة الاستخدام «%1» المرفق %2، وملفه مفقود.</translation>
    </message>
    <message>
        <source>The file %1 of &quot;%2&quot; was left out of this bundle; ask the sender for a bundle with attachments.</source>
        <translation>استُبعد الملف %1 من «%2» من هذه الحزمة؛ اطلب من المرسل حزمة تتضمن المرفقات.</translation>
    </message>
    <message>
        <source>A different rubric with this UUID is stored here; rubric versions never change, so the local one is kept.</source>
        <translation>يُخزَّن هنا سلم تقييم مختلف بهذا المعرّف UUID؛ إصدارات سلم التقييم لا تتغير أبدًا، لذا يُحتفظ بالسلم المحلي.</translation>
    </message>
    <message>
        <source>Version %1 of this rubric is already stored here with another UUID; the local one is kept.</source>
        <translation>الإصدار %1 من سلم التقييم هذا مخزَّن هنا بالفعل بمعرّف UUID آخر؛ يُحتفظ بالإصدار المحلي.</translation>
    </message>
    <message>
        <source>Deleted there on %1.</source>
        <translation>حُذف هناك في %1.</translation>
    </message>
    <message>
        <source>The repository changed since the preview, so nothing was imported; preview %1 again.</source>
        <translation>تغيَّر المستودع منذ المعاينة، لذا لم يُستورد أي شيء؛ عاين %1 مرة أخرى.</translation>
    </message>
    <message>
        <source>The merged use case &quot;%1&quot; is not valid.</source>
        <translation>حالة الاستخدام المدمجة «%1» غير صالحة.</translation>
    </message>
    <message>
        <source>It claims to come from the version here but is older than it (modified %1 there, %2 here), so every difference is a choice.</source>
        <translation>يدّعي أنه مأخوذ من الإصدار الموجود هنا لكنه أقدم منه (عُدِّل هناك في %1، وهنا في %2)، لذا فكل اختلاف يتطلب اختيارًا.</translation>
    </message>
    <message>
        <source>at no time</source>
        <translation>لم يحدث قط</translation>
    </message>
    <message>
        <source>The copies name different assessors (%1 here, %2 there).</source>
        <translation>تذكر النسختان مقيِّمين مختلفين (%1 هنا، و%2 هناك).</translation>
    </message>
    <message>
        <source>These are your own scores; a copy from elsewhere never replaces them unless you choose it (it says revision %1, yours is %2).</source>
        <translation>هذه درجاتك أنت؛ لا تحل محلها أبدًا نسخة من مكان آخر ما لم تخترها (تذكر المراجعة %1، ومراجعتك هي %2).</translation>
    </message>
    <message>
        <source>It is signed with your assessor identity, but you have no such assessment here.</source>
        <translation>إنه موقَّع بهوية المقيِّم الخاصة بك، لكن ليس لديك هذا التقييم هنا.</translation>
    </message>
    <message>
        <source>Modified there on %1, which is in the future; counted as the time of this import.</source>
        <translation>عُدِّل هناك في %1، وهو تاريخ في المستقبل؛ يُحتسب بوقت هذا الاستيراد.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; of &quot;%2&quot; could run a program when opened (declared as %3, content looks like %4); open it only if you trust the sender.</source>
        <translation>قد يشغّل المرفق «%1» من «%2» برنامجًا عند فتحه (مُعلَن بأنه %3، ومحتواه يشبه %4)؛ لا تفتحه إلا إذا كنت تثق بالمرسل.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>بلا نوع</translation>
    </message>
    <message>
        <source>The code %1 is also used here by &quot;%2&quot;: the use case made first keeps it, the other gets a new code.</source>
        <translation>الرمز %1 مستخدم هنا أيضًا في «%2»: تحتفظ به حالة الاستخدام التي أُنشئت أولًا، وتحصل الأخرى على رمز جديد.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%1 added, %2 updated, %3 unchanged, %n conflict(s), %4 deleted, %5 restored</source>
        <translation>
            <numerusform>أُضيف %1، حُدِّث %2، دون تغيير %3، تعارضات: %n، حُذف %4، استُعيد %5</numerusform>
            <numerusform>أُضيف %1، حُدِّث %2، دون تغيير %3، تعارض واحد (%n)، حُذف %4، استُعيد %5</numerusform>
            <numerusform>أُضيف %1، حُدِّث %2، دون تغيير %3، تعارضان (%n)، حُذف %4، استُعيد %5</numerusform>
            <numerusform>أُضيف %1، حُدِّث %2، دون تغيير %3، %n تعارضات، حُذف %4، استُعيد %5</numerusform>
            <numerusform>أُضيف %1، حُدِّث %2، دون تغيير %3، %n تعارضًا، حُذف %4، استُعيد %5</numerusform>
            <numerusform>أُضيف %1، حُدِّث %2، دون تغيير %3، %n تعارض، حُذف %4، استُعيد %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTakeBack</name>
    <message>
        <source>The import %1 of %2 was already taken back (%3).</source>
        <translation>سبق التراجع عن الاستيراد رقم %1 من %2 (%3).</translation>
    </message>
    <message>
        <source>The import %1 came from a sync (%2); a sync cannot be taken back.</source>
        <translation>جاء الاستيراد رقم %1 من مزامنة (%2)؛ ولا يمكن التراجع عن مزامنة.</translation>
    </message>
    <message>
        <source>The import %1 of %2 was made by an earlier version of Casebook, which kept a copy of the repository from before it instead: %3. Open that copy, or copy it over this repository, to go back.</source>
        <translation>أُجري الاستيراد رقم %1 من %2 بإصدار سابق من Casebook، احتفظ بدلًا من ذلك بنسخة من المستودع كما كان قبله: %3. للعودة إلى ما قبل الاستيراد، افتح تلك النسخة، أو انسخها فوق هذا المستودع.</translation>
    </message>
    <message>
        <source>The import %1 of %2 can no longer be taken back: Casebook keeps what the newest %3 imports changed.</source>
        <translation>لم يعد ممكنًا التراجع عن الاستيراد رقم %1 من %2: يحتفظ Casebook بما غيّرته آخر %3 عمليات استيراد فقط.</translation>
    </message>
    <message>
        <source>The import %1 of %2 was made before this repository was upgraded to a newer Casebook, so it cannot be taken back.</source>
        <translation>أُجري الاستيراد رقم %1 من %2 قبل ترقية هذا المستودع إلى إصدار أحدث من Casebook، لذا لا يمكن التراجع عنه.</translation>
    </message>
    <message>
        <source>The import %1 of %2 cannot be taken back: the use case %3 changed after it (edited here, or changed by a later import, which must be taken back first). Nothing was changed.</source>
        <translation>لا يمكن التراجع عن الاستيراد رقم %1 من %2: تغيّرت حالة الاستخدام %3 بعده (عُدِّلت هنا، أو غيّرها استيراد لاحق يجب التراجع عنه أولًا). لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>The import %1 of %2 cannot be taken back: a record it changed has changed after it (edited here, or changed by a later import, which must be taken back first). Nothing was changed.</source>
        <translation>لا يمكن التراجع عن الاستيراد رقم %1 من %2: تغيّر بعده سجل كان قد غيّره (عُدِّل هنا، أو غيّره استيراد لاحق يجب التراجع عنه أولًا). لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>There is no import %1 in this repository.</source>
        <translation>لا يوجد استيراد رقم %1 في هذا المستودع.</translation>
    </message>
    <message>
        <source>Taking back the import %1 of %2 was cancelled; nothing was changed.</source>
        <translation>أُوقف التراجع عن الاستيراد رقم %1 من %2؛ لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The import %1 of %2 cannot be taken back: the use case %3, which it added, has been scored since, and taking the import back would remove those scores with it. Nothing was changed.</source>
        <translation>لا يمكن التراجع عن الاستيراد رقم %1 من %2: حالة الاستخدام %3 التي أضافها قُيِّمت بعده، والتراجع عن الاستيراد سيحذف تلك التقييمات معها. لم يتغير أي شيء.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>The assessment by %1 was not imported: its use case or rubric is not here.</source>
        <translation>لم يُستورد تقييم %1: حالة الاستخدام أو سلم التقييم الخاص به غير موجود هنا.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was imported.</source>
        <translation>أُلغي استيراد %1؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>The round %1 scores of %2 were not imported: %3</source>
        <translation>لم تُستورد درجات الجولة %1 من %2: %3</translation>
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
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>يجب أن يكون قيمة نصية</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>طوله %1 حرفًا؛ والحد الأقصى %2</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>يحتوي على محارف تحكم</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>«%1» ليس معرّف UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>«%1» ليس تاريخًا ووقتًا بصيغة ISO 8601</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>يجب أن يكون عددًا صحيحًا من %1 إلى %2</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation>يحتوي على %1 عنصرًا؛ والحد الأقصى %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
</context>
<context>
    <name>MoCatalog</name>
    <message>
        <source>The file is not a gettext message catalogue.</source>
        <translation>الملف ليس فهرس رسائل gettext.</translation>
    </message>
    <message>
        <source>The message catalogue is damaged.</source>
        <translation>فهرس الرسائل تالف.</translation>
    </message>
</context>
<context>
    <name>OdtFinisher</name>
    <message>
        <source>Cannot write the report.</source>
        <translation>تتعذر كتابة التقرير.</translation>
    </message>
</context>
<context>
    <name>OperationProgress</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PgConnInfo</name>
    <message>
        <source>Casebook cannot use the team repository address %1: a value contains &apos;;&apos;, which Qt&apos;s PostgreSQL driver does not pass on.</source>
        <translation>لا يستطيع Casebook استخدام عنوان مستودع الفريق %1: تحتوي قيمة على «;» ولا يمرّرها مشغّل PostgreSQL في Qt.</translation>
    </message>
    <message>
        <source>Casebook cannot use the team repository address %1: it names several hosts; give one.</source>
        <translation>لا يستطيع Casebook استخدام عنوان مستودع الفريق %1: فهو يذكر عدة مضيفين؛ اذكر مضيفًا واحدًا.</translation>
    </message>
    <message>
        <source>Casebook cannot use the team repository address %1: its host or port is not valid.</source>
        <translation>لا يستطيع Casebook استخدام عنوان مستودع الفريق %1: المضيف أو المنفذ غير صالح.</translation>
    </message>
    <message>
        <source>Casebook cannot use the team repository address %1: its parameter &apos;%2&apos; is not a keyword=value pair.</source>
        <translation>لا يستطيع Casebook استخدام عنوان مستودع الفريق %1: المعامل «%2» ليس على صورة كلمة_مفتاحية=قيمة.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Could not connect to the team repository %1: %2</source>
        <translation>تعذر الاتصال بمستودع الفريق %1: %2</translation>
    </message>
    <message>
        <source>The team repository refused it: %1.</source>
        <translation>رفض مستودع الفريق ذلك: %1.</translation>
    </message>
    <message>
        <source>The team repository failed: %1.</source>
        <translation>فشل مستودع الفريق: %1.</translation>
    </message>
    <message>
        <source>Syncing needs Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql), which could not be loaded.</source>
        <translation>تحتاج المزامنة إلى مشغّل PostgreSQL في Qt (حزمة دبيان libqt6sql6-psql)، وتعذّر تحميله.</translation>
    </message>
</context>
<context>
    <name>PgStatement</name>
    <message>
        <source>The team repository failed: a statement lacks a value.</source>
        <translation>أخفق مستودع الفريق: تنقص إحدى التعليمات قيمة.</translation>
    </message>
    <message>
        <source>The team repository cannot store text that contains a NUL character.</source>
        <translation>لا يستطيع مستودع الفريق تخزين نص يحتوي على المحرف NUL.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Overall index of each use case (0 to 100); the whisker and the numbers in brackets span the lowest to the highest index its assessors gave: %1.</source>
        <translation>المؤشر الإجمالي لكل حالة استخدام (من 0 إلى 100)؛ يمتد الشارب والأرقام بين القوسين من أدنى مؤشر إلى أعلى مؤشر أعطاه المقيِّمون: %1.</translation>
    </message>
    <message>
        <source>Each spoke is a part of the rubric on a scale of 0 to 100; each line is a use case, with its own line style and marker: %1.</source>
        <translation>كل شعاع جزء من سلم التقييم على مقياس من 0 إلى 100؛ وكل خط حالة استخدام، بنمط خط وعلامة خاصين بها: %1.</translation>
    </message>
    <message>
        <source>Overall index with the assessors&apos; range</source>
        <translation>المؤشر الإجمالي مع نطاق المقيِّمين</translation>
    </message>
    <message>
        <source>Profile of the leading use cases</source>
        <translation>ملامح حالات الاستخدام المتصدرة</translation>
    </message>
</context>
<context>
    <name>ReportFileWriter</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>أُلغي التقرير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Cannot write the report %1.</source>
        <translation>تتعذر كتابة التقرير %1.</translation>
    </message>
    <message>
        <source>Cannot write the report.</source>
        <translation>تتعذر كتابة التقرير.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>Arabic (Debian package fonts-noto-core)</source>
        <translation>العربية (حزمة Debian ‏fonts-noto-core)</translation>
    </message>
    <message>
        <source>Chinese (Debian package fonts-noto-cjk)</source>
        <translation>الصينية (حزمة Debian ‏fonts-noto-cjk)</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>INTERNATIONAL TELECOMMUNICATION UNION</source>
        <translation>الاتحاد الدولي للاتصالات</translation>
    </message>
    <message>
        <source>TELECOMMUNICATION STANDARDIZATION SECTOR</source>
        <translation>قطاع تقييس الاتصالات</translation>
    </message>
    <message>
        <source>Question(s):</source>
        <translation>المسألة (المسائل):</translation>
    </message>
    <message>
        <source>Meeting, date:</source>
        <translation>الاجتماع، التاريخ:</translation>
    </message>
    <message>
        <source>Study Group:</source>
        <translation>لجنة الدراسات:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>الغرض:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>جهة الاتصال:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>الكلمات الرئيسية:</translation>
    </message>
    <message>
        <source>Abstract:</source>
        <translation>الملخص:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <source>Comparison and ranking</source>
        <translation>المقارنة والترتيب</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>فجوات التقييس</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>not computable (too few paired scores)</source>
        <translation>غير قابل للحساب (الدرجات المزدوجة قليلة جدًا)</translation>
    </message>
    <message>
        <source> (95% interval %1 to %2)</source>
        <translation> (فاصل ثقة 95% من %1 إلى %2)</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>سلم التقييم</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1، الإصدار %2</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Each criterion is scored from %1 to %2 by each assessor. A use case&apos;s index (0 to 100) is the weighted mean of the per-criterion medians across assessors; criteria not applicable are left out and the other weights renormalised. Coverage is the share of the rubric&apos;s weight that was scored; use cases below the minimum coverage are listed but not ranked.</source>
        <translation>يقيِّم كل مقيِّم كل معيار من %1 إلى %2. مؤشر حالة الاستخدام (من 0 إلى 100) هو المتوسط المرجَّح لوسيطات المعايير بين المقيِّمين؛ وتُستبعد المعايير غير المنطبقة ويُعاد توزيع الأوزان الأخرى. التغطية هي نصيب وزن سلم التقييم الذي قُيِّم؛ وتُدرج حالات الاستخدام التي تقل تغطيتها عن الحد الأدنى دون أن تُرتَّب.</translation>
    </message>
    <message>
        <source>%1 at level %2 or below: %3</source>
        <translation>%1 عند المستوى %2 أو أدنى: %3</translation>
    </message>
    <message>
        <source>Knock-out rules (they fire when any assessor scores at or below the level)</source>
        <translation>قواعد الإقصاء (تنطبق عندما يقيِّم أي مقيِّم عند المستوى المحدد أو أدنى منه)</translation>
    </message>
    <message>
        <source>Agreement between assessors (Krippendorff&apos;s alpha, interval)</source>
        <translation>الاتفاق بين المقيِّمين (ألفا كريبندورف، فتري)</translation>
    </message>
    <message>
        <source>Agreement between assessors (Krippendorff&apos;s alpha, ordinal)</source>
        <translation>الاتفاق بين المقيِّمين (ألفا كريبندورف، ترتيبي)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>حالة الاستخدام</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>المقيِّمون</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>التشتت</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>The use cases of this report record no standardization gap.</source>
        <translation>لا تسجل حالات الاستخدام في هذا التقرير أي فجوة تقييس.</translation>
    </message>
    <message>
        <source>Facet not given</source>
        <translation>الوجه غير محدد</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n gap(s))</source>
        <translation>
            <numerusform>%1 (%n فجوة)</numerusform>
            <numerusform>%1 (%n فجوة)</numerusform>
            <numerusform>%1 (%n فجوة)</numerusform>
            <numerusform>%1 (%n فجوات)</numerusform>
            <numerusform>%1 (%n فجوة)</numerusform>
            <numerusform>%1 (%n فجوة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>الفجوة</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>هيئة التقييس المرشحة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>المسألة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>حالات الاستخدام</translation>
    </message>
</context>
<context>
    <name>ReportUseCaseHtml</name>
    <message>
        <source>Description of the use case</source>
        <translation>وصف حالة الاستخدام</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>المنظمة المصدر</translation>
    </message>
    <message>
        <source>Area / domains</source>
        <translation>المجال / النطاقات</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>وصف موجز</translation>
    </message>
    <message>
        <source>Complete description</source>
        <translation>الوصف الكامل</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>الفوائد</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>الافتراضات</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>المتطلبات المسبقة</translation>
    </message>
    <message>
        <source>Generic, regional or national relation</source>
        <translation>العلاقة العامة أو الإقليمية أو الوطنية</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>مرحلة النشر</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>سياق التنمية</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>مناطق قطاع تنمية الاتصالات</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>مسائل قطاع تقييس الاتصالات</translation>
    </message>
    <message>
        <source>Related Recommendations</source>
        <translation>التوصيات ذات الصلة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>معلومات إضافية</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>مؤشرات الأداء الرئيسية</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>مؤشر الأداء</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>المقيس</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>عبر الزمن</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Actors and references</source>
        <translation>الجهات الفاعلة والمراجع</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الجهة الفاعلة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>المعيار التقني</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>الوجه</translation>
    </message>
    <message>
        <source>Conformance tested</source>
        <translation>اختُبرت المطابقة</translation>
    </message>
    <message>
        <source>Scenarios and steps</source>
        <translation>السيناريوهات والخطوات</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Primary actor</source>
        <translation>الجهة الفاعلة الرئيسية</translation>
    </message>
    <message>
        <source>Triggering event</source>
        <translation>الحدث المُطلِق</translation>
    </message>
    <message>
        <source>Pre-conditions</source>
        <translation>الشروط المسبقة</translation>
    </message>
    <message>
        <source>Post-conditions</source>
        <translation>الشروط اللاحقة</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>المُنتِج</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>المُستقبِل</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>المعلومات</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>المتطلبات</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>المعلومات المتبادلة</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>نموذج البيانات</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>Not assessed against this rubric.</source>
        <translation>لم يُقيَّم وفق سلم التقييم هذا.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>غير مرتَّب</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>المقيِّمون</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>التشتت</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>المدى</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>Rationales</source>
        <translation>المبررات</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>المقيِّم</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>المبرر</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>فجوات التقييس</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>الفجوة</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>هيئة التقييس المرشحة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>المسألة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
</context>
<context>
    <name>RoundDistribution</name>
    <message>
        <source>The workshop &quot;%1&quot; has no round %2.</source>
        <translation>لا توجد في ورشة العمل «%1» الجولة %2.</translation>
    </message>
    <message>
        <source>The scores of round %1 are hidden until the facilitator reveals them; each assessor sees only their own.</source>
        <translation>تبقى درجات الجولة %1 مخفية حتى يكشفها الميسِّر؛ ولا يرى كل مقيِّم إلا درجاته.</translation>
    </message>
</context>
<context>
    <name>RoundSheetRepository</name>
    <message>
        <source>The workshop &quot;%1&quot; has no round %2.</source>
        <translation>لا توجد في ورشة العمل «%1» الجولة %2.</translation>
    </message>
    <message>
        <source>Scores of a round need the assessor&apos;s identity and name.</source>
        <translation>تحتاج درجات الجولة إلى هوية المقيِّم واسمه.</translation>
    </message>
    <message>
        <source>A round sheet holds too many scores.</source>
        <translation>تحتوي ورقة الجولة على درجات كثيرة جدًا.</translation>
    </message>
    <message>
        <source>The use case %1 is not part of the workshop &quot;%2&quot;.</source>
        <translation>حالة الاستخدام %1 ليست من ورشة العمل «%2».</translation>
    </message>
    <message>
        <source>Round scores with the UUID %1 already exist.</source>
        <translation>توجد بالفعل درجات جولة بالمعرّف UUID %1.</translation>
    </message>
    <message>
        <source>Saving the round&apos;s scores</source>
        <translation>حفظ درجات الجولة</translation>
    </message>
    <message>
        <source>Reading round scores</source>
        <translation>قراءة درجات الجولة</translation>
    </message>
    <message>
        <source>Stored round scores cannot be read.</source>
        <translation>تتعذر قراءة درجات جولة مخزَّنة.</translation>
    </message>
</context>
<context>
    <name>RoundTables</name>
    <message>
        <source>N/A</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>حالة الاستخدام</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>التشتت</translation>
    </message>
    <message>
        <source>Spread, round %1</source>
        <translation>التشتت، الجولة %1</translation>
    </message>
    <message>
        <source>α, round %1</source>
        <translation>α، الجولة %1</translation>
    </message>
</context>
<context>
    <name>RubricEditing</name>
    <message>
        <source>The rubric needs a name.</source>
        <translation>يحتاج سلم التقييم إلى اسم.</translation>
    </message>
    <message>
        <source>The rubric&apos;s name is longer than 500 characters.</source>
        <translation>اسم سلم التقييم أطول من 500 حرف.</translation>
    </message>
    <message>
        <source>The scale needs a lowest level of 0 or more and a highest level above it (at most 100).</source>
        <translation>يحتاج المقياس إلى أدنى مستوى قدره 0 أو أكثر وأعلى مستوى يفوقه (100 على الأكثر).</translation>
    </message>
    <message>
        <source>The rubric needs at least one dimension.</source>
        <translation>يحتاج سلم التقييم إلى بُعد واحد على الأقل.</translation>
    </message>
    <message>
        <source>Dimension %1 needs a name.</source>
        <translation>يحتاج البُعد %1 إلى اسم.</translation>
    </message>
    <message>
        <source>The dimension id %1 is used twice.</source>
        <translation>معرّف البُعد %1 مستخدم مرتين.</translation>
    </message>
    <message>
        <source>The dimension &quot;%1&quot; has no criteria.</source>
        <translation>البُعد «%1» لا يحتوي على معايير.</translation>
    </message>
    <message>
        <source>criterion %1.%2</source>
        <translation>المعيار %1.%2</translation>
    </message>
    <message>
        <source>%1 needs an id of 1 to 32 characters.</source>
        <translation>يحتاج %1 إلى معرّف من 1 إلى 32 حرفًا.</translation>
    </message>
    <message>
        <source>The criterion id %1 is used twice.</source>
        <translation>معرّف المعيار %1 مستخدم مرتين.</translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation>يحتاج %1 إلى اسم.</translation>
    </message>
    <message>
        <source>%1: the weight must be a number of 0 or more.</source>
        <translation>%1: يجب أن يكون الوزن عددًا قدره 0 أو أكثر.</translation>
    </message>
    <message>
        <source>%1: level %2 needs a descriptor.</source>
        <translation>%1: يحتاج المستوى %2 إلى واصف.</translation>
    </message>
    <message>
        <source>%1 has %2 level descriptors; the scale needs %3.</source>
        <translation>لدى %1 عدد %2 من واصفات المستويات؛ ويحتاج المقياس إلى %3.</translation>
    </message>
    <message>
        <source>At least one criterion needs a weight above 0.</source>
        <translation>يجب أن يكون لمعيار واحد على الأقل وزن أكبر من 0.</translation>
    </message>
    <message>
        <source>A warning rule names the criterion %1, which is not in the rubric.</source>
        <translation>تذكر قاعدة تحذير المعيار %1، وهو غير موجود في سلم التقييم.</translation>
    </message>
</context>
<context>
    <name>RubricFile</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تتعذر قراءة %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a rubric is much smaller.</source>
        <translation>%1 أكبر من %2 ميغابايت؛ وسلم التقييم أصغر من ذلك بكثير.</translation>
    </message>
    <message>
        <source>%1 must hold one rubric object.</source>
        <translation>يجب أن يحتوي %1 على كائن سلم تقييم واحد.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>تتعذر كتابة %1: %2.</translation>
    </message>
</context>
<context>
    <name>RubricJson</name>
    <message>
        <source>this is not a Casebook rubric (format is &apos;%1&apos;)</source>
        <translation>هذا ليس سلم تقييم Casebook (التنسيق «%1»)</translation>
    </message>
    <message>
        <source>this rubric was made by a newer Casebook; update Casebook to open it</source>
        <translation>أُنشئ سلم التقييم هذا بإصدار أحدث من Casebook؛ حدِّث Casebook لفتحه</translation>
    </message>
    <message>
        <source>uuid: &apos;%1&apos; is not a UUID</source>
        <translation>uuid: «%1» ليس معرّف UUID</translation>
    </message>
    <message>
        <source>name: a rubric needs a name of at most 500 characters</source>
        <translation>name: يحتاج سلم التقييم إلى اسم لا يتجاوز 500 حرف</translation>
    </message>
    <message>
        <source>version: must be a whole number from 1</source>
        <translation>version: يجب أن يكون عددًا صحيحًا بدءًا من 1</translation>
    </message>
    <message>
        <source>scale: min must be 0 or more and max greater than min (at most 100)</source>
        <translation>scale: يجب أن تكون min مساوية لـ 0 أو أكثر وأن تكون max أكبر من min (100 على الأكثر)</translation>
    </message>
    <message>
        <source>scale.labels: must be a list of texts</source>
        <translation>scale.labels: يجب أن تكون قائمة نصوص</translation>
    </message>
    <message>
        <source>dimensions: a rubric needs at least one dimension</source>
        <translation>dimensions: يحتاج سلم التقييم إلى بُعد واحد على الأقل</translation>
    </message>
    <message>
        <source>dimensions[%1]: needs a name</source>
        <translation>dimensions[%1]: يحتاج إلى اسم</translation>
    </message>
    <message>
        <source>%1: needs an id of 1 to 32 characters</source>
        <translation>%1: يحتاج إلى معرّف من 1 إلى 32 حرفًا</translation>
    </message>
    <message>
        <source>%1: the criterion id &apos;%2&apos; is used twice</source>
        <translation>%1: معرّف المعيار «%2» مستخدم مرتين</translation>
    </message>
    <message>
        <source>%1: needs a name</source>
        <translation>%1: يحتاج إلى اسم</translation>
    </message>
    <message>
        <source>%1: weight must be a number of 0 or more</source>
        <translation>%1: يجب أن يكون weight عددًا قدره 0 أو أكثر</translation>
    </message>
    <message>
        <source>%1: levels must be a list of texts</source>
        <translation>%1: يجب أن تكون levels قائمة نصوص</translation>
    </message>
    <message>
        <source>%1: has %2 level descriptors; the scale %3 to %4 needs %5</source>
        <translation>%1: لديه %2 من واصفات المستويات؛ ويحتاج المقياس من %3 إلى %4 إلى %5</translation>
    </message>
    <message>
        <source>%1: sources must be a list of texts</source>
        <translation>%1: يجب أن تكون sources قائمة نصوص</translation>
    </message>
    <message>
        <source>weights: at least one criterion needs a weight above 0</source>
        <translation>weights: يجب أن يكون لمعيار واحد على الأقل وزن أكبر من 0</translation>
    </message>
    <message>
        <source>knockouts: the criterion &apos;%1&apos; is not in the rubric</source>
        <translation>knockouts: المعيار «%1» غير موجود في سلم التقييم</translation>
    </message>
    <message>
        <source>min_coverage: must be a number from 0 to 1</source>
        <translation>min_coverage: يجب أن يكون عددًا من 0 إلى 1</translation>
    </message>
</context>
<context>
    <name>RubricRepository</name>
    <message>
        <source>A different rubric with the UUID %1 is already stored; a changed rubric needs a new version.</source>
        <translation>يوجد بالفعل سلم تقييم مختلف بالمعرّف UUID %1؛ ويحتاج سلم التقييم المعدَّل إلى إصدار جديد.</translation>
    </message>
    <message>
        <source>Version %1 of the rubric &quot;%2&quot; is already stored.</source>
        <translation>الإصدار %1 من سلم التقييم «%2» مخزَّن بالفعل.</translation>
    </message>
    <message>
        <source>Saving the rubric</source>
        <translation>حفظ سلم التقييم</translation>
    </message>
    <message>
        <source>Reading a rubric</source>
        <translation>قراءة سلم تقييم</translation>
    </message>
    <message>
        <source>There is no rubric %1.</source>
        <translation>لا يوجد سلم تقييم %1.</translation>
    </message>
    <message>
        <source>Listing rubrics</source>
        <translation>سرد سلالم التقييم</translation>
    </message>
</context>
<context>
    <name>SafeXmlReader</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تتعذر قراءة %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most an XML file may have; it was not read.</source>
        <translation>%1 أكبر من %2 ميغابايت، وهو الحد الأقصى لملف XML؛ لم تتم قراءته.</translation>
    </message>
    <message>
        <source>%1, line %2: %3; nothing was imported.</source>
        <translation>%1، السطر %2: %3؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>the file has a document type declaration (DOCTYPE), which exchange files never need and which can define entities; it is refused</source>
        <translation>يحتوي الملف على تصريح نوع المستند (DOCTYPE)، الذي لا تحتاجه ملفات التبادل أبدًا ويمكنه تعريف كيانات؛ لذا رُفض</translation>
    </message>
    <message>
        <source>the entity reference &amp;%1; is refused (only &amp;amp;, &amp;lt;, &amp;gt;, &amp;quot;, &amp;apos; and character references are read)</source>
        <translation>رُفض مرجع الكيان &amp;%1; (لا تُقرأ إلا &amp;amp; و&amp;lt; و&amp;gt; و&amp;quot; و&amp;apos; ومراجع المحارف)</translation>
    </message>
    <message>
        <source>the processing instruction &lt;?%1?&gt; is refused</source>
        <translation>رُفضت تعليمة المعالجة &lt;?%1?&gt;</translation>
    </message>
    <message>
        <source>the file has more than %1 elements</source>
        <translation>يحتوي الملف على أكثر من %1 عنصر</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>العناصر متداخلة بعمق يزيد على %1 مستوى</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>عنصر جذر ثانٍ</translation>
    </message>
    <message>
        <source>the attributes of &lt;%1&gt; are longer than %2 characters</source>
        <translation>سمات &lt;%1&gt; أطول من %2 حرف</translation>
    </message>
    <message>
        <source>the text of &lt;%1&gt; is longer than %2 characters</source>
        <translation>نص &lt;%1&gt; أطول من %2 حرف</translation>
    </message>
    <message>
        <source>%1, line %2: this is not well-formed XML (%3); nothing was imported.</source>
        <translation>%1، السطر %2: هذا ليس XML سليم البنية (%3)؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>%1 holds no XML element.</source>
        <translation>لا يحتوي %1 على أي عنصر XML.</translation>
    </message>
</context>
<context>
    <name>SafeZipReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>يتعذر فتح الملف %1.</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes), so it is not an archive.</source>
        <translation>هذا الملف فارغ (0 بايت)، لذا فهو ليس أرشيفًا.</translation>
    </message>
    <message>
        <source>This file is not a ZIP archive.</source>
        <translation>هذا الملف ليس أرشيف ZIP.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>تتعذر قراءة الملف %1.</translation>
    </message>
    <message>
        <source>The archive is malformed and cannot be read safely.</source>
        <translation>الأرشيف مشوَّه البنية ولا يمكن قراءته بأمان.</translation>
    </message>
    <message>
        <source>The archive is cut short (truncated).</source>
        <translation>الأرشيف مبتور.</translation>
    </message>
    <message>
        <source>The archive is empty.</source>
        <translation>الأرشيف فارغ.</translation>
    </message>
    <message>
        <source>The archive uses a ZIP extension that is not supported (Zip64).</source>
        <translation>يستخدم الأرشيف امتداد ZIP غير مدعوم (Zip64).</translation>
    </message>
    <message>
        <source>The archive is split over several files, which is not supported.</source>
        <translation>الأرشيف مقسَّم على عدة ملفات، وهذا غير مدعوم.</translation>
    </message>
    <message>
        <source>The archive has too many entries (%1; the limit is %2).</source>
        <translation>يحتوي الأرشيف على مدخلات كثيرة جدًا (%1؛ والحد الأقصى %2).</translation>
    </message>
    <message>
        <source>The archive contains a symbolic link, which is not allowed: %1.</source>
        <translation>يحتوي الأرشيف على رابط رمزي، وهذا غير مسموح به: %1.</translation>
    </message>
    <message>
        <source>The archive contains a special file, which is not allowed: %1.</source>
        <translation>يحتوي الأرشيف على ملف خاص، وهذا غير مسموح به: %1.</translation>
    </message>
    <message>
        <source>The archive contains a folder entry, which is not allowed: %1.</source>
        <translation>يحتوي الأرشيف على مدخل مجلد، وهذا غير مسموح به: %1.</translation>
    </message>
    <message>
        <source>The archive contains an entry without a name.</source>
        <translation>يحتوي الأرشيف على مدخل بلا اسم.</translation>
    </message>
    <message>
        <source>The archive contains a file name that is too long (%1 characters; the limit is %2): %3.</source>
        <translation>يحتوي الأرشيف على اسم ملف طويل جدًا (%1 حرفًا؛ والحد الأقصى %2): %3.</translation>
    </message>
    <message>
        <source>The archive contains a file name with a backslash: %1.</source>
        <translation>يحتوي الأرشيف على اسم ملف فيه شرطة مائلة عكسية: %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with a drive letter: %1.</source>
        <translation>يحتوي الأرشيف على اسم ملف فيه حرف محرك أقراص: %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with an absolute path: %1.</source>
        <translation>يحتوي الأرشيف على اسم ملف بمسار مطلق: %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name that points outside the archive: %1.</source>
        <translation>يحتوي الأرشيف على اسم ملف يشير إلى خارج الأرشيف: %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with an empty or &quot;.&quot; folder name: %1.</source>
        <translation>يحتوي الأرشيف على اسم ملف فيه اسم مجلد فارغ أو «.»: %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with characters that are not allowed: %1.</source>
        <translation>يحتوي الأرشيف على اسم ملف فيه محارف غير مسموح بها: %1.</translation>
    </message>
    <message>
        <source>The archive contains an encrypted entry: %1.</source>
        <translation>يحتوي الأرشيف على مدخل مشفَّر: %1.</translation>
    </message>
    <message>
        <source>The archive entry %1 uses a compression method that is not supported.</source>
        <translation>يستخدم مدخل الأرشيف %1 طريقة ضغط غير مدعومة.</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its size does not match the size it declares).</source>
        <translation>الأرشيف تالف عند المدخل %1 (حجمه لا يطابق الحجم المُعلَن).</translation>
    </message>
    <message>
        <source>The archive entry %1 is too large when unpacked (%2 MB; the limit is %3 MB).</source>
        <translation>مدخل الأرشيف %1 كبير جدًا بعد فك الضغط (%2 ميغابايت؛ والحد الأقصى %3 ميغابايت).</translation>
    </message>
    <message>
        <source>The archive entry %1 expands far too much when unpacked (%2 to 1; the limit is %3 to 1).</source>
        <translation>يتضخم مدخل الأرشيف %1 كثيرًا جدًا عند فك الضغط (%2 إلى 1؛ والحد الأقصى %3 إلى 1).</translation>
    </message>
    <message>
        <source>The archive contains a file outside the allowed layout: %1.</source>
        <translation>يحتوي الأرشيف على ملف خارج البنية المسموح بها: %1.</translation>
    </message>
    <message>
        <source>The archive contains the same file twice: %1.</source>
        <translation>يحتوي الأرشيف على الملف نفسه مرتين: %1.</translation>
    </message>
    <message>
        <source>The archive contains two files whose names differ only in upper and lower case: %1 and %2.</source>
        <translation>يحتوي الأرشيف على ملفين لا يختلف اسماهما إلا في حالة الأحرف: %1 و%2.</translation>
    </message>
    <message>
        <source>The archive is too large when unpacked (%1 MB; the limit is %2 MB).</source>
        <translation>الأرشيف كبير جدًا بعد فك الضغط (%1 ميغابايت؛ والحد الأقصى %2 ميغابايت).</translation>
    </message>
    <message>
        <source>The archive is malformed: its entries claim more data than the file holds.</source>
        <translation>الأرشيف مشوَّه البنية: تدّعي مدخلاته بيانات أكثر مما يحتويه الملف.</translation>
    </message>
    <message>
        <source>The archive is malformed: its entries %1 and %2 overlap.</source>
        <translation>الأرشيف مشوَّه البنية: يتداخل مدخلاه %1 و%2.</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its headers do not agree).</source>
        <translation>الأرشيف تالف عند المدخل %1 (ترويساته غير متوافقة).</translation>
    </message>
    <message>
        <source>The archive is missing the file %1.</source>
        <translation>الملف %1 مفقود من الأرشيف.</translation>
    </message>
    <message>
        <source>The archive entry %1 does not have the expected size.</source>
        <translation>مدخل الأرشيف %1 ليس بالحجم المتوقع.</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (it cannot be unpacked).</source>
        <translation>الأرشيف تالف عند المدخل %1 (لا يمكن فك ضغطه).</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its checksum does not match).</source>
        <translation>الأرشيف تالف عند المدخل %1 (مجموعه الاختباري غير مطابق).</translation>
    </message>
    <message>
        <source>The archive entry %1 has been altered (its SHA-256 fingerprint does not match).</source>
        <translation>عُدِّل مدخل الأرشيف %1 (بصمته SHA-256 غير مطابقة).</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its data descriptor does not agree with the central directory).</source>
        <translation>الأرشيف تالف عند المدخل %1 (واصف البيانات لا يتوافق مع الدليل المركزي).</translation>
    </message>
    <message>
        <source>The archive is malformed: %1 bytes after the entry %2 belong to no entry.</source>
        <translation>الأرشيف مشوَّه البنية: %1 بايت بعد المدخل %2 لا تنتمي إلى أي مدخل.</translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>Listing saved views</source>
        <translation>سرد طرق العرض المحفوظة</translation>
    </message>
    <message>
        <source>A saved view needs a name of 1 to 200 characters.</source>
        <translation>تحتاج طريقة العرض المحفوظة إلى اسم من 1 إلى 200 حرف.</translation>
    </message>
    <message>
        <source>Saving the view</source>
        <translation>حفظ طريقة العرض</translation>
    </message>
    <message>
        <source>Deleting the view</source>
        <translation>حذف طريقة العرض</translation>
    </message>
    <message>
        <source>There is no saved view %1.</source>
        <translation>لا توجد طريقة عرض محفوظة %1.</translation>
    </message>
</context>
<context>
    <name>ScoreEntry</name>
    <message>
        <source>The rubric &quot;%1&quot; (version %2) has no criterion %3.</source>
        <translation>سلم التقييم «%1» (الإصدار %2) لا يتضمن المعيار %3.</translation>
    </message>
    <message>
        <source>%1: level %2 is outside the scale %3 to %4.</source>
        <translation>%1: المستوى %2 خارج المقياس من %3 إلى %4.</translation>
    </message>
    <message>
        <source>%1 has no score; give it a score first.</source>
        <translation>ليس لـ %1 درجة؛ أعطه درجة أولًا.</translation>
    </message>
    <message>
        <source>%1: the confidence &apos;%2&apos; is not low, medium or high.</source>
        <translation>%1: الثقة «%2» ليست low أو medium أو high.</translation>
    </message>
</context>
<context>
    <name>ScoreIndex</name>
    <message>
        <source>Updating the score index</source>
        <translation>تحديث فهرس الدرجات</translation>
    </message>
    <message>
        <source>Reading the score index</source>
        <translation>قراءة فهرس الدرجات</translation>
    </message>
</context>
<context>
    <name>ScoreReportLoader</name>
    <message>
        <source>Reading rubrics</source>
        <translation>قراءة سلالم التقييم</translation>
    </message>
    <message>
        <source>There is no rubric yet; import one or run &apos;init&apos;.</source>
        <translation>لا يوجد سلم تقييم بعد؛ استورد واحدًا أو شغّل «init».</translation>
    </message>
    <message>
        <source>Reading use cases</source>
        <translation>قراءة حالات الاستخدام</translation>
    </message>
</context>
<context>
    <name>SearchCompletion</name>
    <message>
        <source>a tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <source>a vertical</source>
        <translation>قطاع رأسي</translation>
    </message>
    <message>
        <source>a Sustainable Development Goal, 1 to 17</source>
        <translation>هدف من أهداف التنمية المستدامة، من 1 إلى 17</translation>
    </message>
    <message>
        <source>an ITU region</source>
        <translation>منطقة من مناطق الاتحاد</translation>
    </message>
    <message>
        <source>a country (ISO 3166 code)</source>
        <translation>بلد (رمز ISO 3166)</translation>
    </message>
    <message>
        <source>a deployment stage</source>
        <translation>مرحلة نشر</translation>
    </message>
    <message>
        <source>a development context</source>
        <translation>سياق تنمية</translation>
    </message>
    <message>
        <source>an approval status</source>
        <translation>حالة اعتماد</translation>
    </message>
    <message>
        <source>the interoperability facet of a gap</source>
        <translation>وجه قابلية التشغيل البيني لفجوة</translation>
    </message>
    <message>
        <source>a gap&apos;s candidate SDO or a standard&apos;s body</source>
        <translation>هيئة التقييس المرشحة لفجوة أو الهيئة المُصدِرة لمعيار</translation>
    </message>
    <message>
        <source>an ITU-T Question, e.g. Q2/20</source>
        <translation>مسألة من مسائل قطاع تقييس الاتصالات، مثل Q2/20</translation>
    </message>
</context>
<context>
    <name>SearchProblem</name>
    <message>
        <source>“%1:” is not a filter, so “%2” was left out.</source>
        <translation>«%1:» ليس مرشِّحًا، لذا أُغفل «%2».</translation>
    </message>
    <message>
        <source>“%1” was left out: SDGs are numbered 1 to 17.</source>
        <translation>أُغفل «%1»: أهداف التنمية المستدامة مرقمة من 1 إلى 17.</translation>
    </message>
    <message>
        <source>“%1” was left out: “%2” is not a value of the %3 filter.</source>
        <translation>أُغفل «%1»: «%2» ليست قيمة من قيم المرشِّح %3.</translation>
    </message>
    <message>
        <source>“%1:” is not a filter, so “%2” was searched as words.</source>
        <translation>«%1:» ليس مرشِّحًا، لذا بُحث عن «%2» ككلمات.</translation>
    </message>
    <message>
        <source>“%1” was left out: it has no letters or digits to search for.</source>
        <translation>أُغفل «%1»: لا يحتوي على أحرف أو أرقام للبحث عنها.</translation>
    </message>
    <message>
        <source>“%1” was left out: a search holds at most %2 words and %3 filter values.</source>
        <translation>أُغفل «%1»: يحتوي البحث على %2 كلمة و%3 قيمة مرشِّح على الأكثر.</translation>
    </message>
</context>
<context>
    <name>SearchTextDeferral</name>
    <message>
        <source>Updating the search index</source>
        <translation>تحديث فهرس البحث</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The example use cases are missing from this build.</source>
        <translation>حالات الاستخدام النموذجية مفقودة من هذا الإصدار.</translation>
    </message>
    <message>
        <source>An example use case is invalid.</source>
        <translation>إحدى حالات الاستخدام النموذجية غير صالحة.</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>No password was given.</source>
        <translation>لم تُدخل كلمة مرور.</translation>
    </message>
    <message>
        <source>System Keychain</source>
        <translation>سلسلة مفاتيح النظام</translation>
    </message>
</context>
<context>
    <name>ServerPasswords</name>
    <message>
        <source>The system keychain is not available, so the password cannot be remembered or read there.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة، لذا لا يمكن حفظ كلمة المرور فيها أو قراءتها منها.</translation>
    </message>
</context>
<context>
    <name>ServerRecordCodec</name>
    <message>
        <source>The team repository sent an invalid use case (%1): %2</source>
        <translation>أرسل مستودع الفريق حالة استخدام غير صالحة (%1): %2</translation>
    </message>
    <message>
        <source>The team repository sent a use case under the wrong identity: %1.</source>
        <translation>أرسل مستودع الفريق حالة استخدام بهوية خاطئة: %1.</translation>
    </message>
    <message>
        <source>The team repository sent an invalid ancestry for %1.</source>
        <translation>أرسل مستودع الفريق سلسلة أصل غير صالحة لـ %1.</translation>
    </message>
    <message>
        <source>The team repository sent an invalid rubric (%1): %2</source>
        <translation>أرسل مستودع الفريق سلم تقييم غير صالح (%1): %2</translation>
    </message>
    <message>
        <source>The team repository sent an invalid assessment (%1): %2</source>
        <translation>أرسل مستودع الفريق تقييمًا غير صالح (%1): %2</translation>
    </message>
    <message>
        <source>The team repository sent an attachment whose content does not match its hash.</source>
        <translation>أرسل مستودع الفريق مرفقًا لا يطابق محتواه بصمته.</translation>
    </message>
</context>
<context>
    <name>ServerRepository</name>
    <message>
        <source>The team repository has no identity; run server init again.</source>
        <translation>ليس لمستودع الفريق هوية؛ شغّل server init مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is not a member of this team repository; the secretariat adds members with casebook-cli server add-member.</source>
        <translation>%1 ليس عضوًا في مستودع الفريق هذا؛ تضيف الأمانة الأعضاء باستخدام casebook-cli server add-member.</translation>
    </message>
    <message>
        <source>The team repository has no use case %1 that you may see.</source>
        <translation>لا توجد في مستودع الفريق حالة استخدام %1 يمكنك رؤيتها.</translation>
    </message>
    <message>
        <source>The team repository has %1 use cases with the code %2; share them with psql by their UUID.</source>
        <translation>في مستودع الفريق %1 من حالات الاستخدام بالرمز %2؛ شاركها باستخدام psql بالإشارة إلى معرّفاتها UUID.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role name.</source>
        <translation>«%1» ليس اسم دور.</translation>
    </message>
    <message>
        <source>The server has no role %1; nothing was shared.</source>
        <translation>لا يوجد على الخادم دور %1؛ لم تتم مشاركة أي شيء.</translation>
    </message>
    <message>
        <source>The use case %1 changed on the server meanwhile; nothing was shared. Try again.</source>
        <translation>تغيَّرت حالة الاستخدام %1 على الخادم في أثناء ذلك؛ لم تتم مشاركة أي شيء. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>Could not set up the team repository (step %1, %2): %3</source>
        <translation>تعذر إعداد مستودع الفريق (الخطوة %1، %2): %3</translation>
    </message>
    <message>
        <source>The server is not a Casebook team repository yet; its administrator runs casebook-cli server init first.</source>
        <translation>الخادم ليس مستودع فريق Casebook بعد؛ يشغّل مديره casebook-cli server init أولًا.</translation>
    </message>
    <message>
        <source>The team repository was set up by a newer version of Casebook (server schema %1; this version knows %2). Update Casebook.</source>
        <translation>أُعدّ مستودع الفريق بإصدار أحدث من Casebook (مخطط الخادم %1؛ ويعرف هذا الإصدار %2). حدِّث Casebook.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a member name: use letters, digits, _ . @ - (at most 63), not starting with casebook_ or pg_.</source>
        <translation>لا يصلح «%1» اسمًا لعضو: استخدم الأحرف والأرقام و_ . @ - (63 على الأكثر)، دون أن يبدأ بـ casebook_ أو pg_.</translation>
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
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>السجل %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s).</source>
        <translation>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
            <numerusform>… و%n مشكلات أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a field of its own column, not an extra field</source>
        <translation>«%1» حقل له عموده الخاص، وليس حقلًا إضافيًا</translation>
    </message>
    <message>
        <source>record %1: must be a use-case object.</source>
        <translation>السجل %1: يجب أن يكون كائن حالة استخدام.</translation>
    </message>
    <message>
        <source>uuid: &apos;%1&apos; is not a UUID</source>
        <translation>uuid: «%1» ليس معرّف UUID</translation>
    </message>
    <message>
        <source>uuid: %1 is already used by %2</source>
        <translation>uuid: %1 مستخدم بالفعل في %2</translation>
    </message>
    <message>
        <source>code: %1 is already used by %2</source>
        <translation>code: %1 مستخدم بالفعل في %2</translation>
    </message>
    <message>
        <source>code: %1 belongs to another use case here (&quot;%2&quot;)</source>
        <translation>code: %1 يخص هنا حالة استخدام أخرى («%2»)</translation>
    </message>
    <message numerus="yes">
        <source>The import has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>في الاستيراد %n مشكلة؛ لم يُستورد أي شيء.</numerusform>
            <numerusform>في الاستيراد %n مشكلة؛ لم يُستورد أي شيء.</numerusform>
            <numerusform>في الاستيراد %n مشكلة؛ لم يُستورد أي شيء.</numerusform>
            <numerusform>في الاستيراد %n مشكلات؛ لم يُستورد أي شيء.</numerusform>
            <numerusform>في الاستيراد %n مشكلة؛ لم يُستورد أي شيء.</numerusform>
            <numerusform>في الاستيراد %n مشكلة؛ لم يُستورد أي شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds %1 records; Casebook imports at most %2 at once.</source>
        <translation>يحتوي الملف على %1 سجلًا؛ ويستورد Casebook %2 سجلًا على الأكثر في المرة الواحدة.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تتعذر قراءة %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 أكبر من %2 ميغابايت.</translation>
    </message>
    <message>
        <source>%1: not a SHA-256 (64 hexadecimal digits)</source>
        <translation>%1: ليس SHA-256 (64 رقمًا ست عشريًا)</translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message>
        <source>The mapping must be a JSON object.</source>
        <translation>يجب أن تكون المطابقة كائن JSON.</translation>
    </message>
    <message>
        <source>format: the mapping must say &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>format: يجب أن تنص المطابقة على &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>version: this Casebook reads mapping version 1.</source>
        <translation>version: يقرأ هذا الإصدار من Casebook الإصدار 1 من المطابقات.</translation>
    </message>
    <message>
        <source>%1: is not a key of a mapping.</source>
        <translation>%1: ليس مفتاحًا من مفاتيح المطابقة.</translation>
    </message>
    <message>
        <source>separator: must be &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; or &quot;auto&quot;, not &quot;%1&quot;.</source>
        <translation>separator: يجب أن يكون &quot;,&quot; أو &quot;;&quot; أو &quot;tab&quot; أو &quot;auto&quot;، لا &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>columns: must be an object of header name to field.</source>
        <translation>columns: يجب أن يكون كائنًا يربط اسم الترويسة بحقل.</translation>
    </message>
    <message>
        <source>columns.%1: must be a field name, &quot;&quot; or null.</source>
        <translation>columns.%1: يجب أن يكون اسم حقل أو &quot;&quot; أو null.</translation>
    </message>
    <message>
        <source>columns.%1: &apos;%2&apos; is not a field of a use case.</source>
        <translation>columns.%1: «%2» ليس حقلًا من حقول حالة الاستخدام.</translation>
    </message>
    <message>
        <source>values: must be an object of field to replacements.</source>
        <translation>values: يجب أن يكون كائنًا يربط الحقل ببدائله.</translation>
    </message>
    <message>
        <source>values.%1: is not a field of a use case.</source>
        <translation>values.%1: ليس حقلًا من حقول حالة الاستخدام.</translation>
    </message>
    <message>
        <source>values.%1: must be an object of value as typed to value to store.</source>
        <translation>values.%1: يجب أن يكون كائنًا يربط القيمة كما كُتبت بالقيمة التي ستُخزَّن.</translation>
    </message>
    <message>
        <source>values.%1.%2: must be a text value.</source>
        <translation>values.%1.%2: يجب أن يكون قيمة نصية.</translation>
    </message>
    <message>
        <source>accept_suggestions: must be true or false.</source>
        <translation>accept_suggestions: يجب أن يكون true أو false.</translation>
    </message>
    <message>
        <source>The mapping: %1</source>
        <translation>المطابقة: %1</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>تتعذر كتابة %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي شيء.</translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <source>differs from line %1, where this use case is given first; leave it empty on the rows of its further steps or repeat the same value</source>
        <translation>يختلف عن السطر %1، حيث تَرِد حالة الاستخدام هذه أولًا؛ اتركه فارغًا في صفوف خطواتها التالية أو كرر القيمة نفسها</translation>
    </message>
</context>
<context>
    <name>StoredDocumentCheck</name>
    <message>
        <source>the stored JSON is damaged (%1)</source>
        <translation>JSON المخزَّن تالف (%1)</translation>
    </message>
    <message>
        <source>the stored JSON is not an object</source>
        <translation>JSON المخزَّن ليس كائنًا</translation>
    </message>
    <message>
        <source>Checking the stored use cases</source>
        <translation>فحص حالات الاستخدام المخزَّنة</translation>
    </message>
    <message>
        <source>use case %1 (%2)</source>
        <translation>حالة الاستخدام %1 (%2)</translation>
    </message>
    <message>
        <source>revision %1 is outside 1 to %2</source>
        <translation>المراجعة %1 خارج النطاق من 1 إلى %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking the stored rubrics</source>
        <translation>فحص سلالم التقييم المخزَّنة</translation>
    </message>
    <message>
        <source>rubric %1 version %2 (%3)</source>
        <translation>سلم التقييم %1 الإصدار %2 (%3)</translation>
    </message>
    <message>
        <source>assessment %1 by %2: %3</source>
        <translation>التقييم %1 من %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n record(s) that cannot be read: %2</source>
        <translation>
            <numerusform>يحتوي %1 على %n سجل تتعذر قراءته: %2</numerusform>
            <numerusform>يحتوي %1 على %n سجل تتعذر قراءته: %2</numerusform>
            <numerusform>يحتوي %1 على %n سجل تتعذر قراءته: %2</numerusform>
            <numerusform>يحتوي %1 على %n سجلات تتعذر قراءتها: %2</numerusform>
            <numerusform>يحتوي %1 على %n سجلًا تتعذر قراءتها: %2</numerusform>
            <numerusform>يحتوي %1 على %n سجل تتعذر قراءتها: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>the text is not valid JSON (%1 at byte %2).</source>
        <translation>النص ليس JSON صالحًا (%1 عند البايت %2).</translation>
    </message>
    <message>
        <source>the JSON nests deeper than %1 levels at %2.</source>
        <translation>تتداخل JSON بعمق يزيد على %1 مستوى عند %2.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>المستوى الأعلى</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object; each key may be given once.</source>
        <translation>يظهر المفتاح %1 مرتين في كائن واحد؛ ولا يجوز ذكر كل مفتاح إلا مرة واحدة.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n record(s) stay here: the team repository holds them restricted to other members.</source>
        <translation>
            <numerusform>يبقى هنا %n سجل: يقصره مستودع الفريق على أعضاء آخرين.</numerusform>
            <numerusform>يبقى هنا %n سجل: يقصره مستودع الفريق على أعضاء آخرين.</numerusform>
            <numerusform>يبقى هنا %n سجل: يقصره مستودع الفريق على أعضاء آخرين.</numerusform>
            <numerusform>تبقى هنا %n سجلات: يقصرها مستودع الفريق على أعضاء آخرين.</numerusform>
            <numerusform>يبقى هنا %n سجلًا: يقصرها مستودع الفريق على أعضاء آخرين.</numerusform>
            <numerusform>يبقى هنا %n سجل: يقصرها مستودع الفريق على أعضاء آخرين.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team repository kept changing the same records during the sync; nothing of the last push was written. Sync again.</source>
        <translation>ظل مستودع الفريق يغيّر السجلات نفسها أثناء المزامنة؛ ولم يُكتب شيء من آخر إرسال. زامن مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SyncPull</name>
    <message>
        <source>The sync was interrupted after reading the server.</source>
        <translation>انقطعت المزامنة بعد القراءة من الخادم.</translation>
    </message>
    <message>
        <source>team repository %1</source>
        <translation>مستودع الفريق %1</translation>
    </message>
    <message>
        <source>The sync was interrupted while writing locally.</source>
        <translation>انقطعت المزامنة أثناء الكتابة محليًا.</translation>
    </message>
    <message>
        <source>The sync was interrupted after writing locally.</source>
        <translation>انقطعت المزامنة بعد الكتابة محليًا.</translation>
    </message>
</context>
<context>
    <name>SyncPush</name>
    <message numerus="yes">
        <source>%n local change(s) stay here: a reader of the team repository sends no changes.</source>
        <translation>
            <numerusform>يبقى هنا %n تغيير محلي: قارئ مستودع الفريق لا يرسل تغييرات.</numerusform>
            <numerusform>يبقى هنا %n تغيير محلي: قارئ مستودع الفريق لا يرسل تغييرات.</numerusform>
            <numerusform>يبقى هنا %n تغيير محلي: قارئ مستودع الفريق لا يرسل تغييرات.</numerusform>
            <numerusform>تبقى هنا %n تغييرات محلية: قارئ مستودع الفريق لا يرسل تغييرات.</numerusform>
            <numerusform>يبقى هنا %n تغييرًا محليًا: قارئ مستودع الفريق لا يرسل تغييرات.</numerusform>
            <numerusform>يبقى هنا %n تغيير محلي: قارئ مستودع الفريق لا يرسل تغييرات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) changed here stay here: only editors send use cases.</source>
        <translation>
            <numerusform>تبقى هنا %n حالة استخدام عُدِّلت هنا: المحررون وحدهم يرسلون حالات الاستخدام.</numerusform>
            <numerusform>تبقى هنا %n حالة استخدام عُدِّلت هنا: المحررون وحدهم يرسلون حالات الاستخدام.</numerusform>
            <numerusform>تبقى هنا %n حالة استخدام عُدِّلت هنا: المحررون وحدهم يرسلون حالات الاستخدام.</numerusform>
            <numerusform>تبقى هنا %n حالات استخدام عُدِّلت هنا: المحررون وحدهم يرسلون حالات الاستخدام.</numerusform>
            <numerusform>تبقى هنا %n حالة استخدام عُدِّلت هنا: المحررون وحدهم يرسلون حالات الاستخدام.</numerusform>
            <numerusform>تبقى هنا %n حالة استخدام عُدِّلت هنا: المحررون وحدهم يرسلون حالات الاستخدام.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) by other assessors stay here: each assessor sends their own.</source>
        <translation>
            <numerusform>يبقى هنا %n تقييم لمقيِّمين آخرين: يرسل كل مقيِّم تقييماته.</numerusform>
            <numerusform>يبقى هنا %n تقييم لمقيِّمين آخرين: يرسل كل مقيِّم تقييماته.</numerusform>
            <numerusform>يبقى هنا %n تقييم لمقيِّمين آخرين: يرسل كل مقيِّم تقييماته.</numerusform>
            <numerusform>تبقى هنا %n تقييمات لمقيِّمين آخرين: يرسل كل مقيِّم تقييماته.</numerusform>
            <numerusform>يبقى هنا %n تقييمًا لمقيِّمين آخرين: يرسل كل مقيِّم تقييماته.</numerusform>
            <numerusform>يبقى هنا %n تقييم لمقيِّمين آخرين: يرسل كل مقيِّم تقييماته.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) of use cases the team repository does not have stay here.</source>
        <translation>
            <numerusform>يبقى هنا %n تقييم لحالات استخدام ليست في مستودع الفريق.</numerusform>
            <numerusform>يبقى هنا %n تقييم لحالات استخدام ليست في مستودع الفريق.</numerusform>
            <numerusform>يبقى هنا %n تقييم لحالات استخدام ليست في مستودع الفريق.</numerusform>
            <numerusform>تبقى هنا %n تقييمات لحالات استخدام ليست في مستودع الفريق.</numerusform>
            <numerusform>يبقى هنا %n تقييمًا لحالات استخدام ليست في مستودع الفريق.</numerusform>
            <numerusform>يبقى هنا %n تقييم لحالات استخدام ليست في مستودع الفريق.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync was interrupted after writing on the server.</source>
        <translation>انقطعت المزامنة بعد الكتابة على الخادم.</translation>
    </message>
    <message>
        <source>The sync was interrupted while writing on the server.</source>
        <translation>انقطعت المزامنة أثناء الكتابة على الخادم.</translation>
    </message>
</context>
<context>
    <name>SyncStateRepository</name>
    <message>
        <source>Reading the sync position</source>
        <translation>قراءة موضع المزامنة</translation>
    </message>
    <message>
        <source>Saving the sync position</source>
        <translation>حفظ موضع المزامنة</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>قراءة حالة المزامنة</translation>
    </message>
    <message>
        <source>Saving the sync state</source>
        <translation>حفظ حالة المزامنة</translation>
    </message>
    <message>
        <source>Reading the use cases</source>
        <translation>قراءة حالات الاستخدام</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>Listing tags</source>
        <translation>سرد الوسوم</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>لا يوجد وسم %1.</translation>
    </message>
    <message>
        <source>The tag %1 already exists; merge the tags instead of renaming.</source>
        <translation>الوسم %1 موجود بالفعل؛ ادمج الوسوم بدلًا من إعادة التسمية.</translation>
    </message>
    <message>
        <source>Renaming the tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge into %1.</source>
        <translation>اختر وسمًا آخر واحدًا على الأقل لدمجه في %1.</translation>
    </message>
    <message>
        <source>%1 is not a colour like #1f77b4.</source>
        <translation>%1 ليس لونًا مثل #1f77b4.</translation>
    </message>
    <message>
        <source>Setting the tag colour</source>
        <translation>تعيين لون الوسم</translation>
    </message>
    <message>
        <source>Tidying tags</source>
        <translation>ترتيب الوسوم</translation>
    </message>
</context>
<context>
    <name>UseCaseJson</name>
    <message>
        <source>must be a goal number from 1 to 17</source>
        <translation>يجب أن يكون رقم هدف من 1 إلى 17</translation>
    </message>
    <message>
        <source>must be a size in bytes</source>
        <translation>يجب أن يكون حجمًا بالبايت</translation>
    </message>
    <message>
        <source>%1: is not a field of a use case</source>
        <translation>%1: ليس حقلًا من حقول حالة الاستخدام</translation>
    </message>
    <message>
        <source>uuid: is required</source>
        <translation>uuid: مطلوب</translation>
    </message>
    <message>
        <source>code: is required</source>
        <translation>code: مطلوب</translation>
    </message>
    <message>
        <source>created_at and modified_at: are required</source>
        <translation>created_at وmodified_at: مطلوبان</translation>
    </message>
    <message>
        <source>a tag must not be empty</source>
        <translation>يجب ألا يكون الوسم فارغًا</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; is longer than %2 characters</source>
        <translation>الوسم «%1» أطول من %2 حرف</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; contains control characters</source>
        <translation>يحتوي الوسم «%1» على محارف تحكم</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; has an empty level between &apos;/&apos; separators</source>
        <translation>في الوسم «%1» مستوى فارغ بين فاصلَي «/»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>يجب أن يكون قيمة نصية</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation>يجب أن يكون true أو false أو null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>«%1» ليس تاريخًا ووقتًا بصيغة ISO 8601</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>%1: this field, unknown to this version, nests deeper than %2 levels</source>
        <translation>%1: هذا الحقل، غير المعروف لهذا الإصدار، متداخل بعمق يزيد على %2 مستوى</translation>
    </message>
    <message>
        <source>%1: the fields unknown to this version take more than %2 KB in this record; the record is refused rather than cut</source>
        <translation>%1: تشغل الحقول غير المعروفة لهذا الإصدار أكثر من %2 كيلوبايت في هذا السجل؛ لذا رُفض السجل بدلًا من اقتطاعه</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>يجب أن يكون عددًا صحيحًا من 0 إلى %1</translation>
    </message>
</context>
<context>
    <name>UseCaseRepository</name>
    <message>
        <source>Reading use case codes</source>
        <translation>قراءة رموز حالات الاستخدام</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>فحص الرمز</translation>
    </message>
    <message>
        <source>The code %1 is already used by &quot;%2&quot;.</source>
        <translation>الرمز %1 مستخدم بالفعل في «%2».</translation>
    </message>
    <message>
        <source>A use case needs a title.</source>
        <translation>تحتاج حالة الاستخدام إلى عنوان.</translation>
    </message>
    <message>
        <source>The UUID of the use case is not valid.</source>
        <translation>معرّف UUID لحالة الاستخدام غير صالح.</translation>
    </message>
    <message>
        <source>A use case with the UUID %1 already exists (&quot;%2&quot;).</source>
        <translation>توجد بالفعل حالة استخدام بالمعرّف UUID %1 («%2»).</translation>
    </message>
    <message>
        <source>The use case lists an attachment whose file is not stored.</source>
        <translation>تذكر حالة الاستخدام مرفقًا ملفه غير مخزَّن.</translation>
    </message>
    <message>
        <source>Saving the use case</source>
        <translation>حفظ حالة الاستخدام</translation>
    </message>
    <message>
        <source>Saving tags</source>
        <translation>حفظ الوسوم</translation>
    </message>
    <message>
        <source>Reading a use case</source>
        <translation>قراءة حالة استخدام</translation>
    </message>
    <message>
        <source>There is no use case %1.</source>
        <translation>لا توجد حالة استخدام %1.</translation>
    </message>
    <message>
        <source>The stored use case %1 cannot be read.</source>
        <translation>تتعذر قراءة حالة الاستخدام المخزَّنة %1.</translation>
    </message>
    <message>
        <source>No use case was named.</source>
        <translation>لم تُحدَّد أي حالة استخدام.</translation>
    </message>
    <message>
        <source>Deleting the use case</source>
        <translation>حذف حالة الاستخدام</translation>
    </message>
    <message>
        <source>%1 does not have the tag(s) %2.</source>
        <translation>ليس لـ %1 الوسم (الوسوم) %2.</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Counting use cases</source>
        <translation>عدّ حالات الاستخدام</translation>
    </message>
    <message>
        <source>Listing use cases</source>
        <translation>سرد حالات الاستخدام</translation>
    </message>
    <message>
        <source>The search is too complex to run; use fewer words and filters.</source>
        <translation>البحث معقد جدًا بحيث يتعذر تنفيذه؛ استخدم كلمات ومرشِّحات أقل.</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>تحديث فهرس البحث</translation>
    </message>
    <message>
        <source>Reading sharing levels</source>
        <translation>قراءة مستويات المشاركة</translation>
    </message>
</context>
<context>
    <name>UseCaseSheet</name>
    <message>
        <source>&quot;%1&quot; is not a known value for %2; did you mean &quot;%3&quot;?</source>
        <translation>«%1» ليست قيمة معروفة لـ %2؛ هل تقصد «%3»؟</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2.</source>
        <translation>«%1» ليست قيمة معروفة لـ %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value; did you mean &quot;%2&quot; (%3)?</source>
        <translation>«%1» ليست قيمة معروفة؛ هل تقصد «%2» (%3)؟</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value</source>
        <translation>«%1» ليست قيمة معروفة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>حالة الاعتماد</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>المنظمة المصدر</translation>
    </message>
    <message>
        <source>Submitters</source>
        <translation>مقدِّمو الحالة</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>المستندات المصدر</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>عدَّله</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation>مستوى المشاركة</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>القطاعات الرأسية</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>ITU regions</source>
        <translation>مناطق الاتحاد</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>مرحلة النشر</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Related use cases</source>
        <translation>حالات الاستخدام ذات الصلة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>الفوائد</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>السيناريوهات</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>المعلومات المتبادلة</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>الواجهات</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>الاتصالية</translation>
    </message>
    <message>
        <source>Identifier schemes</source>
        <translation>مخططات المعرّفات</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>إلحاق الأجهزة</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمن</translation>
    </message>
    <message>
        <source>Security baselines</source>
        <translation>خطوط الأساس الأمنية</translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation>حوكمة البيانات</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>مؤشرات الأداء الرئيسية</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <source>Replicable components</source>
        <translation>المكونات القابلة للتكرار</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>فجوات التقييس</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Fields from a newer Casebook</source>
        <translation>حقول من إصدار أحدث من Casebook</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«%1» ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>must be a JSON list of objects</source>
        <translation>يجب أن يكون قائمة JSON من الكائنات</translation>
    </message>
    <message>
        <source>must be a JSON list of objects, as exported by Casebook</source>
        <translation>يجب أن يكون قائمة JSON من الكائنات، كما يصدّرها Casebook</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>يجب أن يكون كائن JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value: %2</source>
        <translation>«%1» ليست قيمة صالحة: %2</translation>
    </message>
    <message>
        <source>U4SSC KPI codes</source>
        <translation>رموز مؤشرات الأداء الرئيسية لمبادرة U4SSC</translation>
    </message>
    <message>
        <source>Development context per country</source>
        <translation>سياق التنمية حسب البلد</translation>
    </message>
    <message>
        <source>Development context (one for all countries)</source>
        <translation>سياق التنمية (واحد لكل البلدان)</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>مسائل قطاع تقييس الاتصالات</translation>
    </message>
    <message>
        <source>Related Recommendations</source>
        <translation>التوصيات ذات الصلة</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Problem and why current standards fall short</source>
        <translation>المشكلة وأسباب قصور المعايير الحالية</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>الافتراضات</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>المتطلبات المسبقة</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>المتطلبات</translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation>المعايير المستخدمة</translation>
    </message>
    <message>
        <source>Version exported (content hash)</source>
        <translation>الإصدار المُصدَّر (بصمة المحتوى)</translation>
    </message>
    <message>
        <source>Scenario name (one row per step)</source>
        <translation>اسم السيناريو (صف لكل خطوة)</translation>
    </message>
    <message>
        <source>Scenario description</source>
        <translation>وصف السيناريو</translation>
    </message>
    <message>
        <source>Scenario primary actor</source>
        <translation>الجهة الفاعلة الرئيسية في السيناريو</translation>
    </message>
    <message>
        <source>Scenario triggering event</source>
        <translation>الحدث المُطلِق للسيناريو</translation>
    </message>
    <message>
        <source>Scenario pre-conditions</source>
        <translation>الشروط المسبقة للسيناريو</translation>
    </message>
    <message>
        <source>Scenario post-conditions</source>
        <translation>الشروط اللاحقة للسيناريو</translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>رقم الخطوة</translation>
    </message>
    <message>
        <source>Step event</source>
        <translation>حدث الخطوة</translation>
    </message>
    <message>
        <source>Step process or activity</source>
        <translation>عملية الخطوة أو نشاطها</translation>
    </message>
    <message>
        <source>Step description</source>
        <translation>وصف الخطوة</translation>
    </message>
    <message>
        <source>Step service</source>
        <translation>خدمة الخطوة</translation>
    </message>
    <message>
        <source>Step information producer</source>
        <translation>مُنتِج المعلومات في الخطوة</translation>
    </message>
    <message>
        <source>Step information receiver</source>
        <translation>مُستقبِل المعلومات في الخطوة</translation>
    </message>
    <message>
        <source>Step information exchanged (ids)</source>
        <translation>المعلومات المتبادلة في الخطوة (المعرّفات)</translation>
    </message>
    <message>
        <source>Step requirements (ids)</source>
        <translation>متطلبات الخطوة (المعرّفات)</translation>
    </message>
</context>
<context>
    <name>UseCaseText</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>%1, modified %2%3</source>
        <translation>%1، عُدِّل في %2%3</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> بواسطة %1</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>المنظمة المصدر</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>القطاعات الرأسية</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>سياق التنمية</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>مرحلة النشر</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>الاتصالية</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>الفوائد</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمن</translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation>حوكمة البيانات</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>فجوات التقييس</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
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
        <translation>%1؛ المتطلبات %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (as written)</source>
        <translation>«%1» (كما كُتب)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>information %1</source>
        <translation>المعلومات %1</translation>
    </message>
    <message>
        <source>requirements %1</source>
        <translation>المتطلبات %1</translation>
    </message>
    <message>
        <source>Primary actor</source>
        <translation>الجهة الفاعلة الرئيسية</translation>
    </message>
    <message>
        <source>Triggering event</source>
        <translation>الحدث المُطلِق</translation>
    </message>
    <message>
        <source>Pre-conditions</source>
        <translation>الشروط المسبقة</translation>
    </message>
    <message>
        <source>Post-conditions</source>
        <translation>الشروط اللاحقة</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>خط الأساس %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>المستهدف %1</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>المقيس %1</translation>
    </message>
    <message>
        <source>over time %1</source>
        <translation>عبر الزمن %1</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>مناطق قطاع تنمية الاتصالات</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>مسائل قطاع تقييس الاتصالات</translation>
    </message>
    <message>
        <source>Related Recommendations</source>
        <translation>التوصيات ذات الصلة</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>الافتراضات</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>المتطلبات المسبقة</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>المتطلبات</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>المعلومات المتبادلة</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>السيناريوهات</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>مؤشرات الأداء الرئيسية</translation>
    </message>
</context>
<context>
    <name>UseCaseValidator</name>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation>يحتوي على %1 عنصرًا؛ والحد الأقصى %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>«%1» مذكور مرتين</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice</source>
        <translation>المعرّف «%1» مستخدم مرتين</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the use case&apos;s actors</source>
        <translation>«%1» ليس من الجهات الفاعلة في حالة الاستخدام</translation>
    </message>
    <message>
        <source>service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the id of any information exchanged of the use case</source>
        <translation>«%1» ليس معرّف أي معلومات متبادلة في حالة الاستخدام</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the id of a requirement of the use case</source>
        <translation>«%1» ليس معرّف أي متطلب في حالة الاستخدام</translation>
    </message>
    <message>
        <source>ISO 3166 country code</source>
        <translation>رمز البلد وفق ISO 3166</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>development context</source>
        <translation>سياق التنمية</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the use case&apos;s countries</source>
        <translation>«%1» ليس من بلدان حالة الاستخدام</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a development context twice</source>
        <translation>لـ «%1» سياق تنمية مذكور مرتين</translation>
    </message>
    <message>
        <source>approval status</source>
        <translation>حالة الاعتماد</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>يجب أن يكون عددًا صحيحًا من 0 إلى %1</translation>
    </message>
    <message>
        <source>sharing level</source>
        <translation>مستوى المشاركة</translation>
    </message>
    <message>
        <source>vertical</source>
        <translation>القطاع الرأسي</translation>
    </message>
    <message>
        <source>must be a goal number from 1 to 17</source>
        <translation>يجب أن يكون رقم هدف من 1 إلى 17</translation>
    </message>
    <message>
        <source>goal %1 is listed twice</source>
        <translation>الهدف %1 مذكور مرتين</translation>
    </message>
    <message>
        <source>ITU-D region</source>
        <translation>منطقة قطاع تنمية الاتصالات</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>deployment stage</source>
        <translation>مرحلة النشر</translation>
    </message>
    <message>
        <source>kind of relation</source>
        <translation>نوع العلاقة</translation>
    </message>
    <message>
        <source>actor type</source>
        <translation>نوع الجهة الفاعلة</translation>
    </message>
    <message>
        <source>interoperability facet</source>
        <translation>وجه قابلية التشغيل البيني</translation>
    </message>
    <message>
        <source>identifier target</source>
        <translation>هدف المعرّف</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>gap status</source>
        <translation>حالة الفجوة</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation>يجب أن يتكون من 64 رقمًا ست عشريًا</translation>
    </message>
    <message>
        <source>must be a size in bytes</source>
        <translation>يجب أن يكون حجمًا بالبايت</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>طوله %1 حرفًا؛ والحد الأقصى %2</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>يجب أن يكون سطرًا واحدًا دون محارف تحكم</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>يحتوي على محارف تحكم</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation>«%1» ليس عنوان بريد إلكتروني صالحًا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid link (expected for example https://...)</source>
        <translation>«%1» ليس رابطًا صالحًا (المتوقع مثلًا https://...)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language tag (for example en, ar, zh-Hans)</source>
        <translation>«%1» ليس وسم لغة (مثل en أو ar أو zh-Hans)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ITU-T Question (for example Q2/20: Question 2 of Study Group 20)</source>
        <translation>«%1» ليست مسألة من مسائل قطاع تقييس الاتصالات (مثل Q2/20: المسألة 2 من لجنة الدراسات 20)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>«%1» ليس تاريخًا (YYYY أو YYYY-MM أو YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>«%1» ليس معرّف UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2: %3</source>
        <translation>«%1» ليست قيمة صالحة لـ %2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2</source>
        <translation>«%1» ليست قيمة معروفة لـ %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2 (did you mean &apos;%3&apos;?)</source>
        <translation>«%1» ليست قيمة معروفة لـ %2 (هل تقصد «%3»؟)</translation>
    </message>
</context>
<context>
    <name>ValueNormaliser</name>
    <message>
        <source>&quot;%1&quot; is not one of the 17 Sustainable Development Goals.</source>
        <translation>«%1» ليس من أهداف التنمية المستدامة السبعة عشر.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2; did you mean &quot;%3&quot;?</source>
        <translation>«%1» ليست قيمة معروفة لـ %2؛ هل تقصد «%3»؟</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2.</source>
        <translation>«%1» ليست قيمة معروفة لـ %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2: %3</source>
        <translation>«%1» ليست قيمة صالحة لـ %2: %3</translation>
    </message>
</context>
<context>
    <name>WeightSet</name>
    <message>
        <source>The weight of %1 must be a number, not &apos;%2&apos;.</source>
        <translation>يجب أن يكون وزن %1 عددًا، لا «%2».</translation>
    </message>
    <message>
        <source>The weight of %1 must be zero or more, not %2.</source>
        <translation>يجب أن يكون وزن %1 صفرًا أو أكثر، لا %2.</translation>
    </message>
    <message>
        <source>A weight is KEY=NUMBER, for example A=40 or A1=6, not &apos;%1&apos;.</source>
        <translation>يُكتب الوزن بالصيغة المفتاح=العدد، مثل A=40 أو A1=6، لا «%1».</translation>
    </message>
    <message>
        <source>The weight of %1 is given twice.</source>
        <translation>وزن %1 مذكور مرتين.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a weights file holds one JSON object of weights.</source>
        <translation>يحتوي ملف الأوزان على كائن JSON واحد للأوزان.</translation>
    </message>
    <message>
        <source>The weight of %1 must be a number.</source>
        <translation>يجب أن يكون وزن %1 عددًا.</translation>
    </message>
    <message>
        <source>%1 is neither a dimension nor a criterion of the rubric &quot;%2&quot;.</source>
        <translation>%1 ليس بُعدًا ولا معيارًا في سلم التقييم «%2».</translation>
    </message>
</context>
<context>
    <name>WelcomeText</name>
    <message>
        <source>Set your name in Preferences so that your edits carry it.</source>
        <translation>اكتب اسمك في التفضيلات لتحمل تعديلاتك اسمك.</translation>
    </message>
    <message>
        <source>Welcome to Casebook. This repository has no use cases yet: press Ctrl+N to record one, or import a bundle or a spreadsheet from the File menu.</source>
        <translation>مرحبًا بك في Casebook. لا يحتوي هذا المستودع على حالات استخدام بعد: اضغط Ctrl+N لتسجيل حالة، أو استورد حزمة أو جدولًا من قائمة ملف.</translation>
    </message>
    <message numerus="yes">
        <source>The list shows %n example use case(s) from public IoT and smart-city deployments.</source>
        <translation>
            <numerusform>تعرض القائمة %n حالة استخدام نموذجية من عمليات نشر عامة لإنترنت الأشياء والمدن الذكية.</numerusform>
            <numerusform>تعرض القائمة %n حالة استخدام نموذجية من عمليات نشر عامة لإنترنت الأشياء والمدن الذكية.</numerusform>
            <numerusform>تعرض القائمة %n حالة استخدام نموذجية من عمليات نشر عامة لإنترنت الأشياء والمدن الذكية.</numerusform>
            <numerusform>تعرض القائمة %n حالات استخدام نموذجية من عمليات نشر عامة لإنترنت الأشياء والمدن الذكية.</numerusform>
            <numerusform>تعرض القائمة %n حالة استخدام نموذجية من عمليات نشر عامة لإنترنت الأشياء والمدن الذكية.</numerusform>
            <numerusform>تعرض القائمة %n حالة استخدام نموذجية من عمليات نشر عامة لإنترنت الأشياء والمدن الذكية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows %1, among them %2 (tagged “example”).</source>
        <translation>تعرض القائمة %1، من بينها %2 (موسومة بـ «example»).</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالات استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n مثال</numerusform>
            <numerusform>%n مثال</numerusform>
            <numerusform>%n مثال</numerusform>
            <numerusform>%n أمثلة</numerusform>
            <numerusform>%n مثالًا</numerusform>
            <numerusform>%n مثال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list shows the %n use case(s) of this repository.</source>
        <translation>
            <numerusform>تعرض القائمة حالات الاستخدام في هذا المستودع وعددها %n.</numerusform>
            <numerusform>تعرض القائمة حالات الاستخدام في هذا المستودع وعددها %n.</numerusform>
            <numerusform>تعرض القائمة حالات الاستخدام في هذا المستودع وعددها %n.</numerusform>
            <numerusform>تعرض القائمة حالات الاستخدام في هذا المستودع وعددها %n.</numerusform>
            <numerusform>تعرض القائمة حالات الاستخدام في هذا المستودع وعددها %n.</numerusform>
            <numerusform>تعرض القائمة حالات الاستخدام في هذا المستودع وعددها %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Casebook.</source>
        <translation>مرحبًا بك في Casebook.</translation>
    </message>
    <message>
        <source>Filter them with the facets on the left or the search box, and press Ctrl+N to record your own.</source>
        <translation>رشِّحها باستخدام الأوجه على اليمين أو مربع البحث، واضغط Ctrl+N لتسجيل حالاتك.</translation>
    </message>
</context>
<context>
    <name>WidgetPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>إذا لم تحفظ، فستفقد تغييراتك.</translation>
    </message>
</context>
<context>
    <name>WorkshopJson</name>
    <message>
        <source>has %1 items; a workshop compares %2 to %3 use cases</source>
        <translation>يحتوي على %1 عنصرًا؛ وتقارن ورشة العمل من %2 إلى %3 حالات استخدام</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>يجب أن يكون معرّف UUID</translation>
    </message>
    <message>
        <source>names the use case %1 twice</source>
        <translation>يذكر حالة الاستخدام %1 مرتين</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>has %1 weights; the limit is %2</source>
        <translation>يحتوي على %1 وزنًا؛ والحد الأقصى %2</translation>
    </message>
    <message>
        <source>the weight %1 must be a number from 0 to 1000000</source>
        <translation>يجب أن يكون الوزن %1 عددًا من 0 إلى 1000000</translation>
    </message>
    <message>
        <source>the name %1 is used twice</source>
        <translation>الاسم %1 مستخدم مرتين</translation>
    </message>
    <message>
        <source>is numbered %1; rounds are numbered 1, 2, ... in order</source>
        <translation>رقمه %1؛ والجولات مرقمة 1، 2، ... بالترتيب</translation>
    </message>
    <message>
        <source>the state must be open, revealed or closed</source>
        <translation>يجب أن تكون الحالة open أو revealed أو closed</translation>
    </message>
    <message>
        <source>is open, but only the last round may be open</source>
        <translation>مفتوحة، لكن لا يجوز أن تكون مفتوحة إلا الجولة الأخيرة</translation>
    </message>
    <message>
        <source>the state must be level, na or unknown</source>
        <translation>يجب أن تكون الحالة level أو na أو unknown</translation>
    </message>
    <message>
        <source>criterion %1 of use case %2 is scored twice</source>
        <translation>المعيار %1 لحالة الاستخدام %2 مُقيَّم مرتين</translation>
    </message>
</context>
<context>
    <name>WorkshopPlanner</name>
    <message>
        <source>Both copies are revision %1 with different content.</source>
        <translation>النسختان كلتاهما المراجعة %1، بمحتوى مختلف.</translation>
    </message>
    <message>
        <source>A workshop here is already named &quot;%1&quot;; this one will be named &quot;%2&quot;.</source>
        <translation>توجد هنا بالفعل ورشة عمل باسم «%1»؛ وستُسمى هذه «%2».</translation>
    </message>
    <message>
        <source>%1, round %2 of %3</source>
        <translation>%1، الجولة %2 من %3</translation>
    </message>
    <message>
        <source>The copies belong to different workshops, rounds or assessors.</source>
        <translation>تنتمي النسختان إلى ورش عمل أو جولات أو مقيِّمين مختلفين.</translation>
    </message>
    <message>
        <source>These are your own scores; a copy from elsewhere never replaces them unless you choose it.</source>
        <translation>هذه درجاتك أنت؛ لا تحل محلها أبدًا نسخة من مكان آخر ما لم تخترها.</translation>
    </message>
</context>
<context>
    <name>WorkshopRepository</name>
    <message>
        <source>A workshop needs a name of 1 to 200 characters.</source>
        <translation>تحتاج ورشة العمل إلى اسم من 1 إلى 200 حرف.</translation>
    </message>
    <message>
        <source>A workshop compares 2 to 12 use cases; %1 were chosen.</source>
        <translation>تقارن ورشة العمل من 2 إلى 12 حالة استخدام؛ واختيرت %1.</translation>
    </message>
    <message>
        <source>The use case %1 is chosen twice for the workshop.</source>
        <translation>اختيرت حالة الاستخدام %1 مرتين لورشة العمل.</translation>
    </message>
    <message>
        <source>The workshop has too many weight sets or rounds.</source>
        <translation>في ورشة العمل مجموعات أوزان أو جولات كثيرة جدًا.</translation>
    </message>
    <message>
        <source>There is already a workshop named &quot;%1&quot;.</source>
        <translation>توجد بالفعل ورشة عمل باسم «%1».</translation>
    </message>
    <message>
        <source>Saving the workshop</source>
        <translation>حفظ ورشة العمل</translation>
    </message>
    <message>
        <source>Reading workshops</source>
        <translation>قراءة ورش العمل</translation>
    </message>
    <message>
        <source>A stored workshop cannot be read.</source>
        <translation>تتعذر قراءة ورشة عمل مخزَّنة.</translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation>لا توجد ورشة العمل %1.</translation>
    </message>
    <message>
        <source>Deleting the workshop</source>
        <translation>حذف ورشة العمل</translation>
    </message>
    <message>
        <source>There are too many workshops named &quot;%1&quot;.</source>
        <translation>توجد ورش عمل كثيرة جدًا باسم «%1».</translation>
    </message>
</context>
<context>
    <name>WorkshopRounds</name>
    <message>
        <source>Round %1 of the workshop &quot;%2&quot; is still open; reveal it before opening the next round.</source>
        <translation>لا تزال الجولة %1 من ورشة العمل «%2» مفتوحة؛ اكشفها قبل فتح الجولة التالية.</translation>
    </message>
    <message>
        <source>A workshop has at most %1 rounds.</source>
        <translation>لورشة العمل %1 جولات على الأكثر.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has no round yet; open round 1 first.</source>
        <translation>لا توجد جولات في ورشة العمل «%1» بعد؛ افتح الجولة 1 أولًا.</translation>
    </message>
    <message>
        <source>Round %1 of the workshop &quot;%2&quot; is %3 already.</source>
        <translation>الجولة %1 من ورشة العمل «%2» في حالة %3 بالفعل.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has no open round; the facilitator opens one.</source>
        <translation>لا توجد جولة مفتوحة في ورشة العمل «%1»؛ الميسِّر هو من يفتحها.</translation>
    </message>
    <message>
        <source>%1 of %2 changes from %3 in round %4 to %5: give a reason for the change.</source>
        <translation>يتغير %1 لـ %2 من %3 في الجولة %4 إلى %5: اذكر سبب التغيير.</translation>
    </message>
</context>
<context>
    <name>WorkshopScope</name>
    <message>
        <source>The rubric version of the workshop &quot;%1&quot; is not in this repository.</source>
        <translation>إصدار سلم التقييم الخاص بورشة العمل «%1» ليس في هذا المستودع.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The archive cannot be written: its date is out of range.</source>
        <translation>تتعذر كتابة الأرشيف: تاريخه خارج النطاق.</translation>
    </message>
    <message>
        <source>The archive cannot be written: the file name %1 is not allowed.</source>
        <translation>تتعذر كتابة الأرشيف: اسم الملف %1 غير مسموح به.</translation>
    </message>
    <message>
        <source>The archive cannot be written: the file name %1 is used twice.</source>
        <translation>تتعذر كتابة الأرشيف: اسم الملف %1 مستخدم مرتين.</translation>
    </message>
    <message>
        <source>The archive cannot be written.</source>
        <translation>تتعذر كتابة الأرشيف.</translation>
    </message>
</context>
<context>
    <name>casebook::DefaultRubric</name>
    <message>
        <source>Interoperability and standardization (Resolution 98)</source>
        <translation>قابلية التشغيل البيني والتقييس (القرار 98)</translation>
    </message>
    <message>
        <source>Default Casebook rubric: 12 criteria in 4 dimensions, scored 0 to 4. Weights add up to 100. Built from ISO/IEC 21823-1, LCIM, EIF, GWAC, NIST CPS and IES-City, CAMSS and ITU-T Y.4903/Y.4904.</source>
        <translation>سلم التقييم الافتراضي في Casebook: 12 معيارًا في 4 أبعاد، تُقيَّم من 0 إلى 4. ومجموع الأوزان 100. بُني استنادًا إلى ISO/IEC 21823-1 وLCIM وEIF وGWAC وNIST CPS وIES-City وCAMSS والتوصيتين ITU-T Y.4903/Y.4904.</translation>
    </message>
    <message>
        <source>Absent or unknown</source>
        <translation>غائب أو غير معروف</translation>
    </message>
    <message>
        <source>Ad hoc or proprietary</source>
        <translation>مخصَّص أو احتكاري</translation>
    </message>
    <message>
        <source>Documented or partial</source>
        <translation>موثَّق أو جزئي</translation>
    </message>
    <message>
        <source>Standards-based</source>
        <translation>قائم على المعايير</translation>
    </message>
    <message>
        <source>Standards-based and verified, certified or proven at scale</source>
        <translation>قائم على المعايير ومُتحقَّق منه أو معتمد أو مثبت على نطاق واسع</translation>
    </message>
    <message>
        <source>No security measures (security red flag)</source>
        <translation>لا توجد تدابير أمنية (إنذار أمني)</translation>
    </message>
    <message>
        <source>No global identification (identifiers at most unique within one vendor)</source>
        <translation>لا يوجد تعريف عالمي (المعرّفات فريدة على الأكثر لدى مورّد واحد)</translation>
    </message>
    <message>
        <source>Technical and data interoperability</source>
        <translation>قابلية التشغيل البيني التقنية وللبيانات</translation>
    </message>
    <message>
        <source>Transport and connectivity</source>
        <translation>النقل والاتصالية</translation>
    </message>
    <message>
        <source>Nothing is known, or a closed link from one vendor</source>
        <translation>لا يُعرف شيء، أو وصلة مغلقة من مورّد واحد</translation>
    </message>
    <message>
        <source>A proprietary protocol that only the vendor documents</source>
        <translation>بروتوكول احتكاري لا يوثّقه إلا المورّد</translation>
    </message>
    <message>
        <source>Open protocols outside the SDOs, or an SDO standard with private extensions</source>
        <translation>بروتوكولات مفتوحة من خارج هيئات التقييس، أو معيار من هيئة تقييس مع امتدادات خاصة</translation>
    </message>
    <message>
        <source>Standard bearers and protocols from SDOs, end to end</source>
        <translation>حوامل وبروتوكولات قياسية من هيئات التقييس، من طرف إلى طرف</translation>
    </message>
    <message>
        <source>Level 3, with conformance-tested devices and at least two interchangeable bearers or vendors shown to work</source>
        <translation>المستوى 3، مع أجهزة مختبرة المطابقة وحاملين أو موردين قابلين للتبادل على الأقل ثبت أنهما يعملان</translation>
    </message>
    <message>
        <source>Syntax: data formats and APIs</source>
        <translation>النحو: صيغ البيانات وواجهات البرمجة</translation>
    </message>
    <message>
        <source>Payloads are undocumented or proprietary binary</source>
        <translation>حمولات غير موثَّقة أو ثنائية احتكارية</translation>
    </message>
    <message>
        <source>The API or format is documented but proprietary</source>
        <translation>واجهة البرمجة أو الصيغة موثَّقة لكنها احتكارية</translation>
    </message>
    <message>
        <source>Open generic formats, but no published schema or API contract</source>
        <translation>صيغ عامة مفتوحة، لكن دون مخطط أو عقد واجهة برمجة منشور</translation>
    </message>
    <message>
        <source>A published, standardized API or serialisation</source>
        <translation>واجهة برمجة أو تسلسل منشور وموحَّد قياسيًا</translation>
    </message>
    <message>
        <source>Level 3, with conformance tests or several independent implementations</source>
        <translation>المستوى 3، مع اختبارات مطابقة أو عدة تنفيذات مستقلة</translation>
    </message>
    <message>
        <source>Semantics: information models</source>
        <translation>الدلالة: نماذج المعلومات</translation>
    </message>
    <message>
        <source>Meaning lives only in the code</source>
        <translation>المعنى موجود في الشيفرة فقط</translation>
    </message>
    <message>
        <source>Only a local data dictionary</source>
        <translation>قاموس بيانات محلي فقط</translation>
    </message>
    <message>
        <source>The project publishes its data model, but nobody else uses it</source>
        <translation>ينشر المشروع نموذج بياناته، لكن لا يستخدمه أحد غيره</translation>
    </message>
    <message>
        <source>A shared domain model or ontology from an SDO or community</source>
        <translation>نموذج مجال أو أنطولوجيا مشتركة من هيئة تقييس أو مجتمع</translation>
    </message>
    <message>
        <source>Level 3, with a formal ontology and validated mappings to other models</source>
        <translation>المستوى 3، مع أنطولوجيا رسمية ومطابقات متحقَّق منها مع نماذج أخرى</translation>
    </message>
    <message>
        <source>Behaviour and processes</source>
        <translation>السلوك والعمليات</translation>
    </message>
    <message>
        <source>The interactions are not described</source>
        <translation>التفاعلات غير موصوفة</translation>
    </message>
    <message>
        <source>Described in prose only</source>
        <translation>موصوفة نثرًا فقط</translation>
    </message>
    <message>
        <source>Scenarios and steps are documented but not validated</source>
        <translation>السيناريوهات والخطوات موثَّقة لكن غير متحقَّق منها</translation>
    </message>
    <message>
        <source>Behaviour follows standard profiles and is tested end to end in one deployment</source>
        <translation>يتبع السلوك ملامح قياسية ويُختبر من طرف إلى طرف في عملية نشر واحدة</translation>
    </message>
    <message>
        <source>Validated in deployments with several vendors or sites, with test cases</source>
        <translation>متحقَّق منه في عمليات نشر مع عدة موردين أو مواقع، مع حالات اختبار</translation>
    </message>
    <message>
        <source>Identification and discovery</source>
        <translation>التعريف والاكتشاف</translation>
    </message>
    <message>
        <source>Only local or ad hoc identifiers</source>
        <translation>معرّفات محلية أو مخصَّصة فقط</translation>
    </message>
    <message>
        <source>Identifiers unique within one vendor</source>
        <translation>معرّفات فريدة لدى مورّد واحد</translation>
    </message>
    <message>
        <source>Globally unique identifiers that are not registered or resolvable</source>
        <translation>معرّفات فريدة عالميًا غير مسجَّلة أو غير قابلة للاستبانة</translation>
    </message>
    <message>
        <source>A standardized, resolvable global scheme for devices and applications</source>
        <translation>مخطط عالمي موحَّد قياسيًا وقابل للاستبانة للأجهزة والتطبيقات</translation>
    </message>
    <message>
        <source>Level 3, plus a discovery service and mapping of identifiers between systems</source>
        <translation>المستوى 3، إضافة إلى خدمة اكتشاف ومطابقة المعرّفات بين الأنظمة</translation>
    </message>
    <message>
        <source>Trust and lifecycle</source>
        <translation>الثقة ودورة الحياة</translation>
    </message>
    <message>
        <source>Security and privacy by design</source>
        <translation>الأمن والخصوصية بحكم التصميم</translation>
    </message>
    <message>
        <source>Not addressed, or unknown</source>
        <translation>غير معالَج، أو غير معروف</translation>
    </message>
    <message>
        <source>Some ad hoc measures, no threat analysis</source>
        <translation>بعض التدابير المخصَّصة، دون تحليل للتهديدات</translation>
    </message>
    <message>
        <source>Threats and privacy assessed and controls documented</source>
        <translation>قُيِّمت التهديدات والخصوصية ووُثِّقت الضوابط</translation>
    </message>
    <message>
        <source>Controls mapped to a recognised security baseline; privacy by design documented</source>
        <translation>الضوابط مطابَقة لخط أساس أمني معترف به؛ والخصوصية بحكم التصميم موثَّقة</translation>
    </message>
    <message>
        <source>Independently certified or audited, with a working incident and update process</source>
        <translation>معتمد أو مدقَّق بشكل مستقل، مع عملية فعالة لإدارة الحوادث والتحديثات</translation>
    </message>
    <message>
        <source>Device onboarding and lifecycle</source>
        <translation>إلحاق الأجهزة ودورة حياتها</translation>
    </message>
    <message>
        <source>Not documented</source>
        <translation>غير موثَّق</translation>
    </message>
    <message>
        <source>Each device provisioned by hand with vendor tools</source>
        <translation>تُهيَّأ كل الأجهزة يدويًا بأدوات المورّد</translation>
    </message>
    <message>
        <source>Scripted or bulk provisioning, specific to one vendor</source>
        <translation>تهيئة بالنصوص البرمجية أو جماعية، خاصة بمورّد واحد</translation>
    </message>
    <message>
        <source>Standardized bootstrapping and onboarding, with remote update</source>
        <translation>تمهيد وإلحاق موحَّدان قياسيًا، مع تحديث عن بُعد</translation>
    </message>
    <message>
        <source>Zero-touch onboarding across vendors, with secure update and decommissioning shown</source>
        <translation>إلحاق دون تدخل عبر الموردين، مع إثبات التحديث الآمن والإخراج من الخدمة</translation>
    </message>
    <message>
        <source>Standardization and governance</source>
        <translation>التقييس والحوكمة</translation>
    </message>
    <message>
        <source>Openness and maturity of the standards used</source>
        <translation>انفتاح المعايير المستخدمة ونضجها</translation>
    </message>
    <message>
        <source>Entirely proprietary</source>
        <translation>احتكاري بالكامل</translation>
    </message>
    <message>
        <source>De facto or consortium specifications with restricted access</source>
        <translation>مواصفات بحكم الواقع أو من اتحادات مع نفاذ مقيَّد</translation>
    </message>
    <message>
        <source>Openly available consortium or open-source specifications</source>
        <translation>مواصفات من اتحادات أو مفتوحة المصدر متاحة للجميع</translation>
    </message>
    <message>
        <source>International SDO standards at most pivotal points of interoperability</source>
        <translation>معايير دولية من هيئات التقييس في معظم النقاط المحورية لقابلية التشغيل البيني</translation>
    </message>
    <message>
        <source>International standards at every pivotal point, with active conformance programmes</source>
        <translation>معايير دولية في كل نقطة محورية، مع برامج مطابقة فعالة</translation>
    </message>
    <message>
        <source>Policy, legal and organisational interoperability</source>
        <translation>قابلية التشغيل البيني السياساتية والقانونية والتنظيمية</translation>
    </message>
    <message>
        <source>No agreements</source>
        <translation>لا توجد اتفاقات</translation>
    </message>
    <message>
        <source>Informal arrangements only</source>
        <translation>ترتيبات غير رسمية فقط</translation>
    </message>
    <message>
        <source>Bilateral contracts or data-sharing agreements</source>
        <translation>عقود ثنائية أو اتفاقات لمشاركة البيانات</translation>
    </message>
    <message>
        <source>Formal governance, a data-sharing framework and documented regulatory compliance</source>
        <translation>حوكمة رسمية وإطار لمشاركة البيانات وامتثال تنظيمي موثَّق</translation>
    </message>
    <message>
        <source>A published, reusable framework governed by several stakeholders</source>
        <translation>إطار منشور وقابل لإعادة الاستخدام تحكمه عدة جهات معنية</translation>
    </message>
    <message>
        <source>Contribution to standardization (gaps found)</source>
        <translation>الإسهام في التقييس (الفجوات المكتشفة)</translation>
    </message>
    <message>
        <source>No gap analysis</source>
        <translation>لا يوجد تحليل للفجوات</translation>
    </message>
    <message>
        <source>Gaps mentioned in passing</source>
        <translation>ذُكرت الفجوات عرضًا</translation>
    </message>
    <message>
        <source>Gaps documented per facet or layer, naming the standards concerned</source>
        <translation>الفجوات موثَّقة حسب الوجه أو الطبقة، مع تسمية المعايير المعنية</translation>
    </message>
    <message>
        <source>Gaps mapped to a candidate SDO and Question, with proposed requirements</source>
        <translation>الفجوات مطابَقة لهيئة تقييس ومسألة مرشحتين، مع متطلبات مقترحة</translation>
    </message>
    <message>
        <source>A contribution or liaison has been submitted, or a work item started</source>
        <translation>قُدِّمت مساهمة أو بيان اتصال، أو بدأ بند عمل</translation>
    </message>
    <message>
        <source>Impact and inclusiveness</source>
        <translation>الأثر والشمول</translation>
    </message>
    <message>
        <source>Measured impact (KPIs, SDG targets)</source>
        <translation>الأثر المقيس (مؤشرات الأداء الرئيسية، غايات أهداف التنمية المستدامة)</translation>
    </message>
    <message>
        <source>No KPIs</source>
        <translation>لا توجد مؤشرات أداء</translation>
    </message>
    <message>
        <source>Only qualitative claims</source>
        <translation>ادعاءات نوعية فقط</translation>
    </message>
    <message>
        <source>KPIs defined, with targets</source>
        <translation>مؤشرات أداء محددة، مع قيم مستهدفة</translation>
    </message>
    <message>
        <source>Baselines and measured values of the KPIs, mapped to a published KPI framework: U4SSC KPI codes (cities), SDG targets or indicators, or a recognised sector or organisational KPI set</source>
        <translation>قيم خط الأساس والقيم المقيسة لمؤشرات الأداء، مطابَقة لإطار مؤشرات أداء منشور: رموز مؤشرات أداء U4SSC (المدن)، أو غايات أهداف التنمية المستدامة أو مؤشراتها، أو مجموعة مؤشرات أداء قطاعية أو تنظيمية معترف بها</translation>
    </message>
    <message>
        <source>Level 3, plus results verified independently or a sustained time series of measured values</source>
        <translation>المستوى 3، إضافة إلى نتائج متحقَّق منها بشكل مستقل أو سلسلة زمنية متواصلة من القيم المقيسة</translation>
    </message>
    <message>
        <source>Replicability and inclusiveness across regions</source>
        <translation>قابلية التكرار والشمول عبر المناطق</translation>
    </message>
    <message>
        <source>A one-off, tied to its site</source>
        <translation>حالة فريدة، مرتبطة بموقعها</translation>
    </message>
    <message>
        <source>Said to be replicable, but needs high-end infrastructure</source>
        <translation>يُقال إنه قابل للتكرار، لكنه يحتاج إلى بنية تحتية متطورة</translation>
    </message>
    <message>
        <source>Replicable components documented; works with modest infrastructure</source>
        <translation>المكونات القابلة للتكرار موثَّقة؛ ويعمل ببنية تحتية متواضعة</translation>
    </message>
    <message>
        <source>Replicated in more than one city or country</source>
        <translation>كُرِّر في أكثر من مدينة أو بلد</translation>
    </message>
    <message>
        <source>Replicated across regions at different levels of development, with their constraints addressed</source>
        <translation>كُرِّر عبر مناطق بمستويات تنمية مختلفة، مع معالجة قيودها</translation>
    </message>
</context>
<context>
    <name>casebook::Rubric</name>
    <message>
        <source>The rubric &quot;%1&quot; has no criterion %2.</source>
        <translation>سلم التقييم «%1» لا يتضمن المعيار %2.</translation>
    </message>
    <message>
        <source>%1: level %2 is outside the scale %3 to %4.</source>
        <translation>%1: المستوى %2 خارج المقياس من %3 إلى %4.</translation>
    </message>
</context>
<context>
    <name>casebook::Vocabulary</name>
    <message>
        <source>Industrial IoT</source>
        <translation>إنترنت الأشياء الصناعي</translation>
    </message>
    <message>
        <source>Internet of vehicles</source>
        <translation>إنترنت المركبات</translation>
    </message>
    <message>
        <source>Smart oceans and seas</source>
        <translation>المحيطات والبحار الذكية</translation>
    </message>
    <message>
        <source>Smart supply chain</source>
        <translation>سلسلة الإمداد الذكية</translation>
    </message>
    <message>
        <source>Smart home</source>
        <translation>المنزل الذكي</translation>
    </message>
    <message>
        <source>Smart city services</source>
        <translation>خدمات المدن الذكية</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>الطاقة</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>النقل</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>الزراعة</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>المياه</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>البيئة</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>المباني</translation>
    </message>
    <message>
        <source>Public safety</source>
        <translation>السلامة العامة</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>الحوكمة</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Disaster management</source>
        <translation>إدارة الكوارث</translation>
    </message>
    <message>
        <source>Early warning, monitoring and response for natural and man-made disasters. ITU Plenipotentiary Resolution 197 names disaster management among the fields where IoT is expected to play a fundamental role, and ITU-T Study Group 20 studies IoT-based disaster-monitoring systems.</source>
        <translation>الإنذار المبكر والرصد والاستجابة في حالات الكوارث الطبيعية والكوارث التي يسببها الإنسان. يذكر القرار 197 لمؤتمر المندوبين المفوضين للاتحاد إدارة الكوارث ضمن المجالات التي يُتوقع أن تؤدي فيها إنترنت الأشياء دورًا أساسيًا، وتدرس لجنة الدراسات 20 لقطاع تقييس الاتصالات أنظمة رصد الكوارث القائمة على إنترنت الأشياء.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>القضاء على الفقر</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>القضاء التام على الجوع</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>الصحة الجيدة والرفاه</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>التعليم الجيد</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>المساواة بين الجنسين</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>المياه النظيفة والنظافة الصحية</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>طاقة نظيفة وبأسعار معقولة</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>العمل اللائق ونمو الاقتصاد</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>الصناعة والابتكار والهياكل الأساسية</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>الحد من أوجه عدم المساواة</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>مدن ومجتمعات محلية مستدامة</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>الاستهلاك والإنتاج المسؤولان</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>العمل المناخي</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>الحياة تحت الماء</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>الحياة في البر</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>السلام والعدل والمؤسسات القوية</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>عقد الشراكات لتحقيق الأهداف</translation>
    </message>
    <message>
        <source>The SDGs named in the proposal of the Asia-Pacific Telecommunity (APT) to the World Telecommunication Standardization Assembly (WTSA) for revising ITU-T Resolution 98. This is proposal text, not text the Assembly adopted; check the Resolution as adopted before quoting it.</source>
        <translation>أهداف التنمية المستدامة المذكورة في اقتراح جماعة آسيا والمحيط الهادئ للاتصالات (APT) إلى الجمعية العالمية لتقييس الاتصالات (WTSA) لمراجعة القرار 98 لقطاع تقييس الاتصالات. هذا نص اقتراح، وليس نصًا اعتمدته الجمعية؛ تحقق من القرار بصيغته المعتمدة قبل الاستشهاد به.</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <source>ITU-D region: Africa. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>منطقة قطاع تنمية الاتصالات: أفريقيا. إحدى المناطق الست لقطاع تنمية الاتصالات في الاتحاد الدولي للاتصالات. ويجمع الاتحاد أيضًا دوله الأعضاء في المناطق الإدارية من A إلى E (لانتخابات المجلس ولجنة لوائح الراديو)، وتقسم لوائح الراديو العالم إلى الإقليم 1 إلى 3 لقطاع الاتصالات الراديوية (لتوزيع الترددات)؛ وهذه تجميعات مختلفة.</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>الأمريكتان</translation>
    </message>
    <message>
        <source>ITU-D region: Americas. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>منطقة قطاع تنمية الاتصالات: الأمريكتان. إحدى المناطق الست لقطاع تنمية الاتصالات في الاتحاد الدولي للاتصالات. ويجمع الاتحاد أيضًا دوله الأعضاء في المناطق الإدارية من A إلى E (لانتخابات المجلس ولجنة لوائح الراديو)، وتقسم لوائح الراديو العالم إلى الإقليم 1 إلى 3 لقطاع الاتصالات الراديوية (لتوزيع الترددات)؛ وهذه تجميعات مختلفة.</translation>
    </message>
    <message>
        <source>Arab States</source>
        <translation>الدول العربية</translation>
    </message>
    <message>
        <source>ITU-D region: Arab States. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>منطقة قطاع تنمية الاتصالات: الدول العربية. إحدى المناطق الست لقطاع تنمية الاتصالات في الاتحاد الدولي للاتصالات. ويجمع الاتحاد أيضًا دوله الأعضاء في المناطق الإدارية من A إلى E (لانتخابات المجلس ولجنة لوائح الراديو)، وتقسم لوائح الراديو العالم إلى الإقليم 1 إلى 3 لقطاع الاتصالات الراديوية (لتوزيع الترددات)؛ وهذه تجميعات مختلفة.</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <source>ITU-D region: Asia and the Pacific. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>منطقة قطاع تنمية الاتصالات: آسيا والمحيط الهادئ. إحدى المناطق الست لقطاع تنمية الاتصالات في الاتحاد الدولي للاتصالات. ويجمع الاتحاد أيضًا دوله الأعضاء في المناطق الإدارية من A إلى E (لانتخابات المجلس ولجنة لوائح الراديو)، وتقسم لوائح الراديو العالم إلى الإقليم 1 إلى 3 لقطاع الاتصالات الراديوية (لتوزيع الترددات)؛ وهذه تجميعات مختلفة.</translation>
    </message>
    <message>
        <source>Commonwealth of Independent States</source>
        <translation>كومنولث الدول المستقلة</translation>
    </message>
    <message>
        <source>ITU-D region: Commonwealth of Independent States. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>منطقة قطاع تنمية الاتصالات: كومنولث الدول المستقلة. إحدى المناطق الست لقطاع تنمية الاتصالات في الاتحاد الدولي للاتصالات. ويجمع الاتحاد أيضًا دوله الأعضاء في المناطق الإدارية من A إلى E (لانتخابات المجلس ولجنة لوائح الراديو)، وتقسم لوائح الراديو العالم إلى الإقليم 1 إلى 3 لقطاع الاتصالات الراديوية (لتوزيع الترددات)؛ وهذه تجميعات مختلفة.</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <source>ITU-D region: Europe. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>منطقة قطاع تنمية الاتصالات: أوروبا. إحدى المناطق الست لقطاع تنمية الاتصالات في الاتحاد الدولي للاتصالات. ويجمع الاتحاد أيضًا دوله الأعضاء في المناطق الإدارية من A إلى E (لانتخابات المجلس ولجنة لوائح الراديو)، وتقسم لوائح الراديو العالم إلى الإقليم 1 إلى 3 لقطاع الاتصالات الراديوية (لتوزيع الترددات)؛ وهذه تجميعات مختلفة.</translation>
    </message>
    <message>
        <source>Least developed country</source>
        <translation>بلد من أقل البلدان نموًا</translation>
    </message>
    <message>
        <source>Landlocked developing country</source>
        <translation>بلد نامٍ غير ساحلي</translation>
    </message>
    <message>
        <source>Small island developing state</source>
        <translation>دولة جزرية صغيرة نامية</translation>
    </message>
    <message>
        <source>Developing country</source>
        <translation>بلد نامٍ</translation>
    </message>
    <message>
        <source>Economy in transition</source>
        <translation>بلد يمر اقتصاده بمرحلة انتقالية</translation>
    </message>
    <message>
        <source>Developed country</source>
        <translation>بلد متقدم</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>عامة</translation>
    </message>
    <message>
        <source>Not tied to any particular region, country or place: the use case applies wherever its actors exist (IEC 62559-2, &apos;generic, regional or national relation&apos;).</source>
        <translation>غير مرتبطة بأي منطقة أو بلد أو مكان بعينه: تنطبق حالة الاستخدام أينما وُجدت جهاتها الفاعلة (IEC 62559-2، «العلاقة العامة أو الإقليمية أو الوطنية»).</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>إقليمية</translation>
    </message>
    <message>
        <source>Tied to a region above the national level, such as a group of countries that share rules, a market or infrastructure (for example European or East African).</source>
        <translation>مرتبطة بمنطقة فوق المستوى الوطني، مثل مجموعة بلدان تتقاسم القواعد أو السوق أو البنية التحتية (مثل أوروبا أو شرق أفريقيا).</translation>
    </message>
    <message>
        <source>National</source>
        <translation>وطنية</translation>
    </message>
    <message>
        <source>Tied to the regulation, market or infrastructure of one country.</source>
        <translation>مرتبطة بتنظيمات بلد واحد أو سوقه أو بنيته التحتية.</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>محلية</translation>
    </message>
    <message>
        <source>Tied to one place below the national level: a city, a municipality or a group of them, a sub-national region, a utility or a site.</source>
        <translation>مرتبطة بمكان دون المستوى الوطني: مدينة، أو بلدية أو مجموعة بلديات، أو منطقة دون وطنية، أو مرفق عام، أو موقع.</translation>
    </message>
    <message>
        <source>Concept or study</source>
        <translation>مفهوم أو دراسة</translation>
    </message>
    <message>
        <source>Lab prototype</source>
        <translation>نموذج أولي في المختبر</translation>
    </message>
    <message>
        <source>Field pilot</source>
        <translation>تجربة ميدانية</translation>
    </message>
    <message>
        <source>In operation at one site</source>
        <translation>قيد التشغيل في موقع واحد</translation>
    </message>
    <message>
        <source>Scaled to several sites or regions</source>
        <translation>موسَّع إلى عدة مواقع أو مناطق</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>For comment</source>
        <translation>للتعليق</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>متفق عليه</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>مُستبدَل</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>للمجموعة</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>مقيَّد</translation>
    </message>
    <message>
        <source>2G/3G/4G cellular</source>
        <translation>الشبكات الخلوية 2G/3G/4G</translation>
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
        <translation>الاتصالات عبر خطوط الكهرباء</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>الأقمار الصناعية</translation>
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
        <translation>إيثرنت سلكي / ناقل ميداني</translation>
    </message>
    <message>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <source>Near-field communication (ISO/IEC 18092 and the NFC Forum specifications): contact-range links and tags.</source>
        <translation>الاتصال في المجال القريب (ISO/IEC 18092 ومواصفات NFC Forum): وصلات وبطاقات في نطاق التلامس.</translation>
    </message>
    <message>
        <source>RFID</source>
        <translation>RFID</translation>
    </message>
    <message>
        <source>Radio-frequency identification: passive or active tags read by radio, e.g. ISO/IEC 18000 air interfaces and GS1 EPC tags.</source>
        <translation>التعرف بترددات الراديو: بطاقات سلبية أو نشطة تُقرأ لاسلكيًا، مثل واجهات الهواء ISO/IEC 18000 وبطاقات GS1 EPC.</translation>
    </message>
    <message>
        <source>manual per device</source>
        <translation>يدويًا لكل جهاز</translation>
    </message>
    <message>
        <source>vendor-specific bulk provisioning</source>
        <translation>تهيئة جماعية خاصة بالمورّد</translation>
    </message>
    <message>
        <source>LwM2M bootstrap</source>
        <translation>تمهيد LwM2M</translation>
    </message>
    <message>
        <source>FIDO Device Onboard</source>
        <translation>FIDO Device Onboard</translation>
    </message>
    <message>
        <source>Matter commissioning</source>
        <translation>تشغيل Matter</translation>
    </message>
    <message>
        <source>SIM-based</source>
        <translation>قائم على بطاقة SIM</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>النقل</translation>
    </message>
    <message>
        <source>Syntactic</source>
        <translation>النحوي</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>الدلالي</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>السلوكي</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>السياساتي</translation>
    </message>
    <message>
        <source>ITU-T</source>
        <translation>قطاع تقييس الاتصالات (ITU-T)</translation>
    </message>
    <message>
        <source>ITU-R</source>
        <translation>قطاع الاتصالات الراديوية (ITU-R)</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>IEC</source>
        <translation>IEC</translation>
    </message>
    <message>
        <source>ISO/IEC JTC 1</source>
        <translation>ISO/IEC JTC 1</translation>
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
        <translation>مؤسسة OPC</translation>
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
        <translation>مؤسسة FIWARE</translation>
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
        <translation>الرابطة الدولية لفضاءات البيانات (IDSA)</translation>
    </message>
    <message>
        <source>IDTA</source>
        <translation>IDTA</translation>
    </message>
    <message>
        <source>Industrial Digital Twin Association (Asset Administration Shell)</source>
        <translation>رابطة التوائم الرقمية الصناعية (Asset Administration Shell)</translation>
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
        <translation>اللجنة الأوروبية للتقييس واللجنة الأوروبية للتقييس الكهرتقني</translation>
    </message>
    <message>
        <source>GSMA</source>
        <translation>GSMA</translation>
    </message>
    <message>
        <source>GSM Association</source>
        <translation>رابطة GSM</translation>
    </message>
    <message>
        <source>DLMS UA</source>
        <translation>DLMS UA</translation>
    </message>
    <message>
        <source>DLMS User Association</source>
        <translation>رابطة مستخدمي DLMS</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>محدَّدة</translation>
    </message>
    <message>
        <source>Liaised</source>
        <translation>تم التواصل بشأنها</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>بند عمل</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <source>System</source>
        <translation>نظام</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>يتضمن</translation>
    </message>
    <message>
        <source>Extends</source>
        <translation>يوسّع</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>يكرر</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>ذو صلة</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>التطبيقات</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Create: an object is created</source>
        <translation>إنشاء: يُنشأ كائن</translation>
    </message>
    <message>
        <source>Get: information is read or requested</source>
        <translation>جلب: تُقرأ معلومات أو تُطلب</translation>
    </message>
    <message>
        <source>Change: an object is modified</source>
        <translation>تغيير: يُعدَّل كائن</translation>
    </message>
    <message>
        <source>Delete: an object is removed</source>
        <translation>حذف: يُزال كائن</translation>
    </message>
    <message>
        <source>Cancel: an activity is stopped</source>
        <translation>إلغاء: يُوقف نشاط</translation>
    </message>
    <message>
        <source>Close: an activity or session ends</source>
        <translation>إغلاق: ينتهي نشاط أو جلسة</translation>
    </message>
    <message>
        <source>Execute: an action is carried out</source>
        <translation>تنفيذ: يُنفَّذ إجراء</translation>
    </message>
    <message>
        <source>Report: information is sent without a request</source>
        <translation>إبلاغ: تُرسل معلومات دون طلب</translation>
    </message>
    <message>
        <source>Timer: a step waits for a time or a period</source>
        <translation>مؤقِّت: تنتظر خطوة وقتًا أو مدة</translation>
    </message>
    <message>
        <source>Repeat: a group of steps runs again</source>
        <translation>تكرار: تُنفَّذ مجموعة خطوات مرة أخرى</translation>
    </message>
</context>
<context>
    <name>casebook::ui::AttachmentListModel</name>
    <message>
        <source>%1
A program or script: Casebook asks before opening it.
SHA-256 %2</source>
        <translation>%1
برنامج أو نص برمجي: يسأل Casebook قبل فتحه.
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
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
</context>
<context>
    <name>casebook::ui::AttachmentsSection</name>
    <message>
        <source>Files attached to this use case:</source>
        <translation>الملفات المرفقة بحالة الاستخدام هذه:</translation>
    </message>
    <message>
        <source>No attachments. Add contributions, diagrams or data files: each is stored once in the repository, whatever uses it.</source>
        <translation>لا توجد مرفقات. أضف مساهمات أو مخططات أو ملفات بيانات: يُخزَّن كل منها مرة واحدة في المستودع، أيًّا كان ما يستخدمه.</translation>
    </message>
    <message>
        <source>Attachments can be added and opened once the use case is in a repository.</source>
        <translation>يمكن إضافة المرفقات وفتحها بعد أن تصبح حالة الاستخدام في مستودع.</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>إ&amp;ضافة ملفات…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>إضافة ملفات</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the limit for an attachment.</source>
        <translation>%1 أكبر من %2، وهو الحد الأقصى للمرفق.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>تعذرت قراءة %1.</translation>
    </message>
    <message>
        <source>Open a Program?</source>
        <translation>فتح برنامج؟</translation>
    </message>
    <message>
        <source>“%1” is a program or script. Opening it may run it on this computer with your permissions.</source>
        <translation>«%1» برنامج أو نص برمجي. قد يؤدي فتحه إلى تشغيله على هذا الحاسوب بصلاحياتك.</translation>
    </message>
    <message>
        <source>Open it only if you trust where it came from.</source>
        <translation>لا تفتحه إلا إذا كنت تثق بمصدره.</translation>
    </message>
    <message>
        <source>A temporary folder to open the attachment in could not be created.</source>
        <translation>تعذر إنشاء مجلد مؤقت لفتح المرفق فيه.</translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary folder.</source>
        <translation>تعذرت كتابة %1 في مجلد مؤقت.</translation>
    </message>
    <message>
        <source>No application on this computer could open %1.</source>
        <translation>لم يتمكن أي تطبيق على هذا الحاسوب من فتح %1.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Remove Attachments</source>
        <translation>إزالة المرفقات</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n attachment(s) from this use case?</source>
        <translation>
            <numerusform>هل تريد إزالة %n مرفق من حالة الاستخدام هذه؟</numerusform>
            <numerusform>هل تريد إزالة %n مرفق من حالة الاستخدام هذه؟</numerusform>
            <numerusform>هل تريد إزالة %n مرفق من حالة الاستخدام هذه؟</numerusform>
            <numerusform>هل تريد إزالة %n مرفقات من حالة الاستخدام هذه؟</numerusform>
            <numerusform>هل تريد إزالة %n مرفقًا من حالة الاستخدام هذه؟</numerusform>
            <numerusform>هل تريد إزالة %n مرفق من حالة الاستخدام هذه؟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 adds files, %2 opens the selected one, %3 removes it</source>
        <translation>%1 يضيف ملفات، و%2 يفتح الملف المحدد، و%3 يزيله</translation>
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
        <translation>لم تُكتب الحزمة</translation>
    </message>
    <message>
        <source>It is larger than 20 MB, which many mail servers refuse.</source>
        <translation>حجمها أكبر من 20 ميغابايت، وهو ما ترفضه خوادم بريد كثيرة.</translation>
    </message>
    <message>
        <source>Casebook bundle: %1</source>
        <translation>حزمة Casebook: %1</translation>
    </message>
    <message>
        <source>Attach it to your email from the folder that opened.</source>
        <translation>أرفقها برسالتك الإلكترونية من المجلد الذي فُتح.</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>كُتبت الحزمة</translation>
    </message>
    <message>
        <source>This bundle cannot be imported</source>
        <translation>لا يمكن استيراد هذه الحزمة</translation>
    </message>
    <message>
        <source>The import did not happen</source>
        <translation>لم يتم الاستيراد</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>لا شيء للاستيراد</translation>
    </message>
    <message>
        <source>This repository already has everything in %1.</source>
        <translation>يحتوي هذا المستودع بالفعل على كل ما في %1.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <source>&amp;Bundle (.casebook)...</source>
        <translation>&amp;حزمة (.casebook)...</translation>
    </message>
    <message>
        <source>Share by &amp;Email...</source>
        <translation>مشاركة عبر ال&amp;بريد الإلكتروني...</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <source>Casebook bundles (*.casebook)</source>
        <translation>حزم Casebook (*.casebook)</translation>
    </message>
    <message>
        <source>%1 is ready: %2, %3.</source>
        <translation>%1 جاهزة: %2، %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to share them).</source>
        <translation>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لمشاركتها).</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لمشاركتها).</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لمشاركتها).</numerusform>
            <numerusform>استُبعدت %n حالات استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لمشاركتها).</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لمشاركتها).</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لمشاركتها).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>فتح حزمة</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>لا يمكن استيراد هذا الملف</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Comparing %1 with this repository…</source>
        <translation>جارٍ مقارنة %1 بهذا المستودع…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>%1. Nothing was lost: replaced versions are in each record&apos;s history, and File &gt; Take Back Last Import undoes the whole import.</source>
        <translation>%1. لم يُفقد أي شيء: الإصدارات المستبدَلة موجودة في سجل تغييرات كل سجل، ويمكن التراجع عن الاستيراد بأكمله عبر ملف &gt; تراجع عن آخر استيراد.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChartView</name>
    <message>
        <source>Nothing to chart: no use case has a score.</source>
        <translation>لا شيء للرسم: لا توجد حالة استخدام لها درجة.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableDelegate</name>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>Space ticks or unticks; Enter keeps the choice</source>
        <translation>مفتاح المسافة يحدد أو يلغي التحديد؛ ومفتاح الإدخال يُبقي الاختيار</translation>
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
        <translation>إضافة صف</translation>
    </message>
    <message>
        <source>Remove Rows</source>
        <translation>إزالة الصفوف</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>%1 adds a row, %2 removes the selected ones, %3 and %4 move one</source>
        <translation>%1 يضيف صفًا، و%2 يزيل الصفوف المحددة، و%3 و%4 ينقلان صفًا</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableModel</name>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices</source>
        <translation>«%1» ليس من الخيارات</translation>
    </message>
    <message>
        <source>%1: %2 rows; the limit is %3</source>
        <translation>%1: %2 صفًا؛ والحد الأقصى %3</translation>
    </message>
    <message>
        <source>%1 row %2, %3: %4</source>
        <translation>%1 الصف %2، %3: %4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Press Space to switch between yes, unknown and no</source>
        <translation>اضغط مفتاح المسافة للتبديل بين نعم وغير معروف ولا</translation>
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
        <translation>(بلا ترويسة)</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(استبعاد)</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>(اختر حقلًا)</translation>
    </message>
    <message>
        <source>Another column already fills this field</source>
        <translation>عمود آخر يملأ هذا الحقل بالفعل</translation>
    </message>
    <message>
        <source>Not mapped: choose a field or leave it out</source>
        <translation>غير مطابَق: اختر حقلًا أو استبعده</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>مستبعَد</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>مختار</translation>
    </message>
    <message>
        <source>Left out (no header)</source>
        <translation>مستبعَد (بلا ترويسة)</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>معروف</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>العمود في الجدول</translation>
    </message>
    <message>
        <source>Casebook field</source>
        <translation>حقل Casebook</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CompareActions</name>
    <message>
        <source>&amp;Compare Use Cases...</source>
        <translation>م&amp;قارنة حالات الاستخدام...</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CompareChooser</name>
    <message>
        <source>Selected use cases</source>
        <translation>حالات الاستخدام المحددة</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>طريقة عرض محفوظة</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;قارن</translation>
    </message>
    <message>
        <source>&amp;Use cases:</source>
        <translation>&amp;حالات الاستخدام:</translation>
    </message>
    <message>
        <source>Ru&amp;bric:</source>
        <translation>سلم ال&amp;تقييم:</translation>
    </message>
    <message>
        <source>Tag, saved view or search</source>
        <translation>وسم أو طريقة عرض محفوظة أو بحث</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1، الإصدار %2</translation>
    </message>
    <message>
        <source>Selected in the catalogue: %1</source>
        <translation>المحدد في الفهرس: %1</translation>
    </message>
    <message>
        <source>Choose a tag, a saved view or a search first.</source>
        <translation>اختر وسمًا أو طريقة عرض محفوظة أو بحثًا أولًا.</translation>
    </message>
    <message>
        <source>Where the 2 to 12 use cases to compare come from</source>
        <translation>من أين تأتي حالات الاستخدام المراد مقارنتها (من 2 إلى 12)</translation>
    </message>
    <message>
        <source>The tag, saved view or search whose use cases are compared</source>
        <translation>الوسم أو طريقة العرض المحفوظة أو البحث الذي تُقارَن حالات الاستخدام فيه</translation>
    </message>
    <message>
        <source>The rubric the use cases are compared by: %1</source>
        <translation>سلم التقييم الذي تُقارَن حالات الاستخدام وفقه: %1</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CompareWindow</name>
    <message>
        <source>Ranking</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Index Bars</source>
        <translation>أشرطة المؤشر</translation>
    </message>
    <message>
        <source>Heat Map</source>
        <translation>الخريطة الحرارية</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>المخطط الراداري</translation>
    </message>
    <message>
        <source>Field Matrix</source>
        <translation>مصفوفة الحقول</translation>
    </message>
    <message>
        <source>Disagreement First</source>
        <translation>الخلافات أولًا</translation>
    </message>
    <message>
        <source>Compare Use Cases</source>
        <translation>مقارنة حالات الاستخدام</translation>
    </message>
    <message>
        <source>Use Cases</source>
        <translation>حالات الاستخدام</translation>
    </message>
    <message>
        <source>What-If Weights</source>
        <translation>أوزان افتراضية</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>الجولات</translation>
    </message>
    <message>
        <source>&amp;Export Chart...</source>
        <translation>ت&amp;صدير الرسم البياني...</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>ال&amp;عرض التقديمي</translation>
    </message>
    <message>
        <source>Leave Presentation</source>
        <translation>إنهاء العرض التقديمي</translation>
    </message>
    <message>
        <source>Reveal Scores</source>
        <translation>كشف الدرجات</translation>
    </message>
    <message>
        <source>Next View</source>
        <translation>طريقة العرض التالية</translation>
    </message>
    <message>
        <source>Previous View</source>
        <translation>طريقة العرض السابقة</translation>
    </message>
    <message>
        <source>Next Use Case</source>
        <translation>حالة الاستخدام التالية</translation>
    </message>
    <message>
        <source>Previous Use Case</source>
        <translation>حالة الاستخدام السابقة</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;مقارنة</translation>
    </message>
    <message>
        <source>Save &amp;Workshop...</source>
        <translation>حفظ &amp;ورشة العمل...</translation>
    </message>
    <message>
        <source>&amp;Open Workshop...</source>
        <translation>&amp;فتح ورشة عمل...</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>طريقة العرض ال&amp;تالية</translation>
    </message>
    <message>
        <source>P&amp;revious View</source>
        <translation>طريقة العرض ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Reset &amp;Weights to Rubric</source>
        <translation>إعادة الأ&amp;وزان إلى سلم التقييم</translation>
    </message>
    <message>
        <source>&amp;Save Weight Set...</source>
        <translation>&amp;حفظ مجموعة الأوزان...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Choose 2 to 12 use cases (the selection, a tag, a saved view or a search) and a rubric, then Compare.</source>
        <translation>اختر من 2 إلى 12 حالة استخدام (المحددة، أو وسمًا، أو طريقة عرض محفوظة، أو بحثًا) وسلم تقييم، ثم انقر قارن.</translation>
    </message>
    <message>
        <source>None of these use cases has been scored with %1 yet.</source>
        <translation>لم تُقيَّم أي من حالات الاستخدام هذه وفق %1 بعد.</translation>
    </message>
    <message>
        <source>Use cases compared: %1. Rubric: %2, version %3.</source>
        <translation>حالات الاستخدام المقارنة: %1. سلم التقييم: %2، الإصدار %3.</translation>
    </message>
    <message>
        <source>The scores are hidden. The facilitator reveals them with R.</source>
        <translation>الدرجات مخفية. يكشفها الميسِّر بالمفتاح R.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1، الإصدار %2</translation>
    </message>
    <message>
        <source>Overall index (%1)</source>
        <translation>المؤشر الإجمالي (%1)</translation>
    </message>
    <message>
        <source>Bar: overall index 0–100 from the per-criterion medians; whisker: the lowest to the highest assessor&apos;s own index.</source>
        <translation>الشريط: المؤشر الإجمالي من 0 إلى 100 من وسيطات المعايير؛ الشارب: من أدنى إلى أعلى مؤشر خاص بالمقيِّمين.</translation>
    </message>
    <message>
        <source>Median level per criterion (%1)</source>
        <translation>المستوى الوسيط لكل معيار (%1)</translation>
    </message>
    <message>
        <source>Each cell: the median level of the assessors and, after ↕, the spread (highest − lowest level).</source>
        <translation>كل خلية: المستوى الوسيط للمقيِّمين، وبعد ↕ التشتت (أعلى مستوى − أدنى مستوى).</translation>
    </message>
    <message>
        <source>Dimensions (%1)</source>
        <translation>الأبعاد (%1)</translation>
    </message>
    <message>
        <source>Spokes: subtotals 0–100; one line per use case (the rows selected in the table, at most %1).</source>
        <translation>الأشعة: مجاميع فرعية من 0 إلى 100؛ خط لكل حالة استخدام (الصفوف المحددة في الجدول، %1 على الأكثر).</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>تصدير الرسم البياني</translation>
    </message>
    <message>
        <source>This view has no chart to export.</source>
        <translation>لا يوجد في طريقة العرض هذه رسم بياني للتصدير.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>صورة PNG (*.png);;صورة SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1 pixels wide</source>
        <translation>بعرض %1 بكسل</translation>
    </message>
    <message>
        <source>Resolution of the PNG:</source>
        <translation>دقة صورة PNG:</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>كُتب الرسم البياني في %1</translation>
    </message>
    <message>
        <source>Compare 2 to 12 use cases before saving them as a workshop.</source>
        <translation>قارن من 2 إلى 12 حالة استخدام قبل حفظها كورشة عمل.</translation>
    </message>
    <message>
        <source>Save Workshop</source>
        <translation>حفظ ورشة العمل</translation>
    </message>
    <message>
        <source>Name of the workshop:</source>
        <translation>اسم ورشة العمل:</translation>
    </message>
    <message>
        <source>Workshop %1 saved.</source>
        <translation>حُفظت ورشة العمل %1.</translation>
    </message>
    <message>
        <source>Open Workshop</source>
        <translation>فتح ورشة عمل</translation>
    </message>
    <message>
        <source>No workshop is saved in this repository yet.</source>
        <translation>لم تُحفظ أي ورشة عمل في هذا المستودع بعد.</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>ورشة العمل:</translation>
    </message>
    <message>
        <source>Workshop %1 - Compare Use Cases</source>
        <translation>ورشة العمل %1 - مقارنة حالات الاستخدام</translation>
    </message>
    <message>
        <source>R reveals the scores · Left and Right change the view · Up and Down go through the use cases · Esc ends the presentation</source>
        <translation>المفتاح R يكشف الدرجات · اليسار واليمين يغيّران طريقة العرض · الأعلى والأسفل يتنقلان بين حالات الاستخدام · Esc ينهي العرض التقديمي</translation>
    </message>
    <message>
        <source>The use cases by rank; a column&apos;s header sorts by it</source>
        <translation>حالات الاستخدام حسب المرتبة؛ ويفرز عنوانُ العمود حسبه</translation>
    </message>
    <message>
        <source>The ranking&apos;s figures, drawn as bars in the chart</source>
        <translation>أرقام الترتيب، مرسومة أشرطةً في الرسم البياني</translation>
    </message>
    <message>
        <source>Each criterion&apos;s level per use case, as the heat map shows</source>
        <translation>مستوى كل معيار لكل حالة استخدام، كما تُظهره الخريطة الحرارية</translation>
    </message>
    <message>
        <source>Each dimension per use case; select rows to draw only those</source>
        <translation>كل بُعد لكل حالة استخدام؛ حدِّد صفوفًا لرسمها وحدها</translation>
    </message>
    <message>
        <source>The use cases&apos; facts side by side, and whether they differ</source>
        <translation>وقائع حالات الاستخدام جنبًا إلى جنب، وهل تختلف</translation>
    </message>
    <message>
        <source>The criteria the assessors disagree on most come first</source>
        <translation>تأتي أولًا المعايير التي يختلف عليها المقيِّمون أكثر من غيرها</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CountryContextEditor</name>
    <message>
        <source>List the countries of the deployment above to give each its context.</source>
        <translation>اذكر بلدان النشر أعلاه لتحدد لكل منها سياقه.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>The use case as a whole:</source>
        <translation>حالة الاستخدام ككل:</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>The development context of what is named beside it</source>
        <translation>سياق التنمية لما هو مذكور بجانبه</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CoverPageForm</name>
    <message>
        <source>e.g. Q2/20</source>
        <translation>مثل Q2/20</translation>
    </message>
    <message>
        <source>e.g. Study Group 20</source>
        <translation>مثل لجنة الدراسات 20</translation>
    </message>
    <message>
        <source>Place and date, e.g. Geneva, 3-12 March 2027</source>
        <translation>المكان والتاريخ، مثل جنيف، 3-12 مارس 2027</translation>
    </message>
    <message>
        <source>Discussion, Information or Proposal</source>
        <translation>مناقشة أو معلومات أو اقتراح</translation>
    </message>
    <message>
        <source>&amp;Question(s):</source>
        <translation>ال&amp;مسألة (المسائل):</translation>
    </message>
    <message>
        <source>Study &amp;group:</source>
        <translation>لجنة ال&amp;دراسات:</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>الا&amp;جتماع:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>الم&amp;صدر:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>ال&amp;غرض:</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>اس&amp;م جهة الاتصال:</translation>
    </message>
    <message>
        <source>Contact &amp;organization:</source>
        <translation>م&amp;نظمة جهة الاتصال:</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>البري&amp;د الإلكتروني لجهة الاتصال:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>الكلمات ال&amp;رئيسية:</translation>
    </message>
    <message>
        <source>&amp;Abstract:</source>
        <translation>المل&amp;خص:</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CsvImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>استيراد جدول</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Choose the sheet</source>
        <translation>اختيار الجدول</translation>
    </message>
    <message>
        <source>A CSV file with a header row, as Excel or LibreOffice save it: comma or semicolon separated, UTF-8 or UTF-16.</source>
        <translation>ملف CSV فيه صف ترويسة، كما يحفظه Excel أو LibreOffice: مفصول بفواصل أو فواصل منقوطة، بترميز UTF-8 أو UTF-16.</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>مسار ملف ‎.csv أو ‎.txt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>الكشف تلقائيًا</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>فاصلة ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>فاصلة منقوطة ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>علامة الجدولة</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>الفا&amp;صل:</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Recognised headers already have a field. Choose one for the others, or leave them out.</source>
        <translation>للترويسات المعروفة حقل بالفعل. اختر حقلًا للأخرى، أو استبعدها.</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>تحميل مطابقة…</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>حفظ المطابقة…</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>فحص الصفوف</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with problems are marked with their line in the file; nothing is imported while one remains.</source>
        <translation>الصفوف الأولى كما ستُخزَّن. تُعلَّم الصفوف التي فيها مشكلات برقم سطرها في الملف؛ ولا يُستورد أي شيء ما دام صف منها باقيًا.</translation>
    </message>
    <message>
        <source>&amp;Use the suggested values where a cell is close to a known one</source>
        <translation>ا&amp;ستخدام القيم المقترحة حين تقترب خلية من قيمة معروفة</translation>
    </message>
    <message>
        <source>What the import will do. A copy of the repository is kept first, and every record is written at once, or none is.</source>
        <translation>ما سيفعله الاستيراد. يُحتفظ أولًا بنسخة من المستودع، وتُكتب كل السجلات دفعة واحدة، أو لا يُكتب أي منها.</translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import.</source>
        <translation>لـ %1 ترويسة لكن لا صفوف فيه للاستيراد.</translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>تحميل مطابقة أعمدة</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>المطابقات (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>تتعذر قراءة %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>حفظ مطابقة الأعمدة</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تتعذر كتابة %1.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <source>Every column has a field or is left out.</source>
        <translation>لكل عمود حقل أو هو مستبعَد.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) need a decision: choose a field or &quot;(leave out)&quot;.</source>
        <translation>
            <numerusform>يحتاج %n عمود إلى قرار: اختر حقلًا أو «(استبعاد)».</numerusform>
            <numerusform>يحتاج %n عمود إلى قرار: اختر حقلًا أو «(استبعاد)».</numerusform>
            <numerusform>يحتاج %n عمود إلى قرار: اختر حقلًا أو «(استبعاد)».</numerusform>
            <numerusform>تحتاج %n أعمدة إلى قرار: اختر حقلًا أو «(استبعاد)».</numerusform>
            <numerusform>يحتاج %n عمودًا إلى قرار: اختر حقلًا أو «(استبعاد)».</numerusform>
            <numerusform>يحتاج %n عمود إلى قرار: اختر حقلًا أو «(استبعاد)».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n صف جاهز للاستيراد.</numerusform>
            <numerusform>%n صف جاهز للاستيراد.</numerusform>
            <numerusform>%n صف جاهز للاستيراد.</numerusform>
            <numerusform>%n صفوف جاهزة للاستيراد.</numerusform>
            <numerusform>%n صفًا جاهزًا للاستيراد.</numerusform>
            <numerusform>%n صف جاهز للاستيراد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to solve before importing: correct the sheet and open it again, or change the mapping.</source>
        <translation>
            <numerusform>%n مشكلة يجب حلها قبل الاستيراد: صحح الجدول وافتحه مرة أخرى، أو غيِّر المطابقة.</numerusform>
            <numerusform>%n مشكلة يجب حلها قبل الاستيراد: صحح الجدول وافتحه مرة أخرى، أو غيِّر المطابقة.</numerusform>
            <numerusform>%n مشكلة يجب حلها قبل الاستيراد: صحح الجدول وافتحه مرة أخرى، أو غيِّر المطابقة.</numerusform>
            <numerusform>%n مشكلات يجب حلها قبل الاستيراد: صحح الجدول وافتحه مرة أخرى، أو غيِّر المطابقة.</numerusform>
            <numerusform>%n مشكلة يجب حلها قبل الاستيراد: صحح الجدول وافتحه مرة أخرى، أو غيِّر المطابقة.</numerusform>
            <numerusform>%n مشكلة يجب حلها قبل الاستيراد: صحح الجدول وافتحه مرة أخرى، أو غيِّر المطابقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some values are only close to known ones: tick the box below to use the suggestions.</source>
        <translation>بعض القيم قريبة فقط من قيم معروفة: حدِّد المربع أدناه لاستخدام الاقتراحات.</translation>
    </message>
    <message>
        <source>The table shows the first %1 rows.</source>
        <translation>يعرض الجدول أول %1 صف.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n use case(s) will be written.</source>
        <translation>
            <numerusform>%1. ستُكتب %n حالة استخدام.</numerusform>
            <numerusform>%1. ستُكتب %n حالة استخدام.</numerusform>
            <numerusform>%1. ستُكتب %n حالة استخدام.</numerusform>
            <numerusform>%1. ستُكتب %n حالات استخدام.</numerusform>
            <numerusform>%1. ستُكتب %n حالة استخدام.</numerusform>
            <numerusform>%1. ستُكتب %n حالة استخدام.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets and JSON (*.csv *.txt *.tsv *.json);;All files (*)</source>
        <translation>الجداول وJSON (*.csv *.txt *.tsv *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 is a Casebook bundle: import it with File &gt; Import.</source>
        <translation>%1 حزمة Casebook: استوردها عبر ملف &gt; استيراد.</translation>
    </message>
    <message>
        <source>%1 is IEC 62559-3 XML: import it with File &gt; Import.</source>
        <translation>%1 ملف XML بمعيار IEC 62559-3: استورده عبر ملف &gt; استيراد.</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 و%2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n صف</numerusform>
            <numerusform>%n صف</numerusform>
            <numerusform>%n صف</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n عمود</numerusform>
            <numerusform>%n عمود</numerusform>
            <numerusform>%n عمود</numerusform>
            <numerusform>%n أعمدة</numerusform>
            <numerusform>%n عمودًا</numerusform>
            <numerusform>%n عمود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) in JSON.</source>
        <translation>
            <numerusform>%n حالة استخدام بصيغة JSON.</numerusform>
            <numerusform>%n حالة استخدام بصيغة JSON.</numerusform>
            <numerusform>%n حالة استخدام بصيغة JSON.</numerusform>
            <numerusform>%n حالات استخدام بصيغة JSON.</numerusform>
            <numerusform>%n حالة استخدام بصيغة JSON.</numerusform>
            <numerusform>%n حالة استخدام بصيغة JSON.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>The character between the columns of the spreadsheet</source>
        <translation>المحرف الفاصل بين أعمدة الجدول</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExchangeActions</name>
    <message>
        <source>&amp;Spreadsheet, JSON or XML...</source>
        <translation>&amp;جدول أو JSON أو XML...</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n use case(s) to %1.</source>
        <translation>
            <numerusform>كُتبت %n حالة استخدام في %1.</numerusform>
            <numerusform>كُتبت %n حالة استخدام في %1.</numerusform>
            <numerusform>كُتبت %n حالة استخدام في %1.</numerusform>
            <numerusform>كُتبت %n حالات استخدام في %1.</numerusform>
            <numerusform>كُتبت %n حالة استخدام في %1.</numerusform>
            <numerusform>كُتبت %n حالة استخدام في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to export them).</source>
        <translation>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لتصديرها).</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لتصديرها).</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لتصديرها).</numerusform>
            <numerusform>استُبعدت %n حالات استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لتصديرها).</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لتصديرها).</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لتصديرها).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>انتهى التصدير</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportBundleDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>ما يُضمَّن</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>ال&amp;كل</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected use cases (%n)</source>
        <translation>
            <numerusform>حالات الاستخدام الم&amp;حددة (%n)</numerusform>
            <numerusform>حالات الاستخدام الم&amp;حددة (%n)</numerusform>
            <numerusform>حالات الاستخدام الم&amp;حددة (%n)</numerusform>
            <numerusform>حالات الاستخدام الم&amp;حددة (%n)</numerusform>
            <numerusform>حالات الاستخدام الم&amp;حددة (%n)</numerusform>
            <numerusform>حالات الاستخدام الم&amp;حددة (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Use cases with the &amp;tag</source>
        <translation>حالات الاستخدام ذات ال&amp;وسم</translation>
    </message>
    <message>
        <source>e.g. sdo/ITU-T</source>
        <translation>مثل sdo/ITU-T</translation>
    </message>
    <message>
        <source>Use cases matching the se&amp;arch</source>
        <translation>حالات الاستخدام المطابقة لل&amp;بحث</translation>
    </message>
    <message>
        <source>e.g. &quot;smart meter&quot; region:Africa</source>
        <translation>مثل &quot;smart meter&quot; region:Africa</translation>
    </message>
    <message>
        <source>What changed si&amp;nce</source>
        <translation>ما تغيَّر م&amp;نذ</translation>
    </message>
    <message>
        <source>Include &amp;attachments (uncheck for a smaller &quot;lean&quot; bundle)</source>
        <translation>تضمين ال&amp;مرفقات (ألغِ التحديد لحزمة «خفيفة» أصغر)</translation>
    </message>
    <message>
        <source>&amp;Save bundle...</source>
        <translation>&amp;حفظ الحزمة...</translation>
    </message>
    <message>
        <source>Share by e&amp;mail...</source>
        <translation>مشاركة عبر البريد الإل&amp;كتروني...</translation>
    </message>
    <message>
        <source>Above 20 MB: many mail servers refuse attachments this large. Leave the attachments out or choose fewer use cases.</source>
        <translation>أكبر من 20 ميغابايت: ترفض خوادم بريد كثيرة مرفقات بهذا الحجم. استبعد المرفقات أو اختر عددًا أقل من حالات الاستخدام.</translation>
    </message>
    <message>
        <source>Include rest&amp;ricted use cases</source>
        <translation>تضمين حالات الاستخدام الم&amp;قيَّدة</translation>
    </message>
    <message>
        <source>Use cases whose sharing level is restricted are left out unless you check this, even when you selected them.</source>
        <translation>تُستبعد حالات الاستخدام ذات مستوى المشاركة المقيَّد ما لم تحدد هذا الخيار، حتى لو كنت قد اخترتها.</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1 و%2 و%3</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالات استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n تقييم</numerusform>
            <numerusform>%n تقييم</numerusform>
            <numerusform>%n تقييم</numerusform>
            <numerusform>%n تقييمات</numerusform>
            <numerusform>%n تقييمًا</numerusform>
            <numerusform>%n تقييم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n مرفق</numerusform>
            <numerusform>%n مرفق</numerusform>
            <numerusform>%n مرفق</numerusform>
            <numerusform>%n مرفقات</numerusform>
            <numerusform>%n مرفقًا</numerusform>
            <numerusform>%n مرفق</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: about %2.</source>
        <translation>%1: نحو %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to share them.</source>
        <translation>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لمشاركتها.</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لمشاركتها.</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لمشاركتها.</numerusform>
            <numerusform>استُبعدت %n حالات استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لمشاركتها.</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لمشاركتها.</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لمشاركتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed on or after this day goes in the bundle</source>
        <translation>ما تغيَّر في هذا اليوم أو بعده يدخل في الحزمة</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>ما يُكتب</translation>
    </message>
    <message>
        <source>&amp;Use cases as a spreadsheet (CSV, one row each, every field)</source>
        <translation>حالات الاستخدام &amp;كجدول (CSV، صف لكل حالة، بكل الحقول)</translation>
    </message>
    <message>
        <source>&amp;Scores as a spreadsheet (CSV, a row per criterion and assessor, and a summary per use case)</source>
        <translation>ال&amp;درجات كجدول (CSV، صف لكل معيار ومقيِّم، وملخص لكل حالة استخدام)</translation>
    </message>
    <message>
        <source>Use cases as &amp;JSON (for scripts)</source>
        <translation>حالات الاستخدام بصيغة &amp;JSON (للنصوص البرمجية)</translation>
    </message>
    <message>
        <source>Only those &amp;modified since</source>
        <translation>فقط المعدَّلة م&amp;نذ</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>فاصلة ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for Excel in most European languages</source>
        <translation>فاصلة منقوطة ( ; ) لبرنامج Excel في معظم اللغات الأوروبية</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation>الفا&amp;صل:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
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
        <translation>الجداول (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) will be exported.</source>
        <translation>
            <numerusform>ستُصدَّر %n حالة استخدام.</numerusform>
            <numerusform>ستُصدَّر %n حالة استخدام.</numerusform>
            <numerusform>ستُصدَّر %n حالة استخدام.</numerusform>
            <numerusform>ستُصدَّر %n حالات استخدام.</numerusform>
            <numerusform>ستُصدَّر %n حالة استخدام.</numerusform>
            <numerusform>ستُصدَّر %n حالة استخدام.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Use cases as IEC 62559-3 &amp;XML (for use-case tools)</source>
        <translation>حالات الاستخدام بصيغة &amp;XML وفق IEC 62559-3 (لأدوات حالات الاستخدام)</translation>
    </message>
    <message>
        <source>IEC 62559-3 XML (*.xml)</source>
        <translation>XML وفق IEC 62559-3 (*.xml)</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to export them.</source>
        <translation>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لتصديرها.</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لتصديرها.</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لتصديرها.</numerusform>
            <numerusform>استُبعدت %n حالات استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لتصديرها.</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لتصديرها.</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لتصديرها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Use cases modified on or after this day</source>
        <translation>حالات الاستخدام المعدَّلة في هذا اليوم أو بعده</translation>
    </message>
    <message>
        <source>The character between the columns of the spreadsheet</source>
        <translation>المحرف الفاصل بين أعمدة الجدول</translation>
    </message>
    <message>
        <source>The file to write: type its path or choose it with Browse…</source>
        <translation>الملف المراد كتابته: اكتب مساره أو اختره باستخدام استعراض…</translation>
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
        <translation>المرشِّحات</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>طرق العرض المحفوظة</translation>
    </message>
    <message>
        <source>None yet: View &gt; Save Current View</source>
        <translation>لا شيء بعد: عرض &gt; حفظ طريقة العرض الحالية</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>القطاعات الرأسية</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>سياق التنمية</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>مرحلة النشر</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>حالة الاعتماد</translation>
    </message>
    <message>
        <source>&amp;Rename Tag &quot;%1&quot;...</source>
        <translation>إعادة &amp;تسمية الوسم «%1»...</translation>
    </message>
    <message>
        <source>&amp;Merge &quot;%1&quot; Into...</source>
        <translation>&amp;دمج «%1» في...</translation>
    </message>
    <message>
        <source>Set &amp;Colour...</source>
        <translation>تعيين ال&amp;لون...</translation>
    </message>
    <message>
        <source>Delete View &quot;%1&quot;</source>
        <translation>حذف طريقة العرض «%1»</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>مناطق قطاع تنمية الاتصالات</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <source>The counts are not available: %1</source>
        <translation>الأعداد غير متاحة: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Space ticks a value to filter the list; Enter opens a saved view</source>
        <translation>مفتاح المسافة يحدد قيمة لتصفية القائمة؛ ومفتاح الإدخال يفتح طريقة عرض محفوظة</translation>
    </message>
</context>
<context>
    <name>casebook::ui::FieldComboDelegate</name>
    <message>
        <source>Field for column %1</source>
        <translation>حقل العمود %1</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>(اختر حقلًا)</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(استبعاد)</translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterDock</name>
    <message>
        <source>Gap Register</source>
        <translation>سجل الفجوات</translation>
    </message>
    <message>
        <source>&amp;Gap Register</source>
        <translation>سجل ال&amp;فجوات</translation>
    </message>
    <message>
        <source>Every standardization gap of the use cases matching the search</source>
        <translation>كل فجوات التقييس في حالات الاستخدام المطابقة للبحث</translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterModel</name>
    <message>
        <source>No facet</source>
        <translation>بلا وجه</translation>
    </message>
    <message>
        <source>No candidate SDO</source>
        <translation>بلا هيئة تقييس مرشحة</translation>
    </message>
    <message>
        <source>No Question</source>
        <translation>بلا مسألة</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>بلا حالة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no candidate SDO</source>
        <translation>بلا هيئة تقييس مرشحة</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 و%n غيرها</numerusform>
            <numerusform>%1 و%n غيرها</numerusform>
            <numerusform>%1 و%n غيرها</numerusform>
            <numerusform>%1 و%n غيرها</numerusform>
            <numerusform>%1 و%n غيرها</numerusform>
            <numerusform>%1 و%n غيرها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: raised by %n use case(s) (%3)</source>
        <translation>
            <numerusform>%1، %2: أثارتها %n حالة استخدام (%3)</numerusform>
            <numerusform>%1، %2: أثارتها %n حالة استخدام (%3)</numerusform>
            <numerusform>%1، %2: أثارتها %n حالة استخدام (%3)</numerusform>
            <numerusform>%1، %2: أثارتها %n حالات استخدام (%3)</numerusform>
            <numerusform>%1، %2: أثارتها %n حالة استخدام (%3)</numerusform>
            <numerusform>%1، %2: أثارتها %n حالة استخدام (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>حالة الاستخدام</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>الفجوة</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>الوجه</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>هيئة التقييس المرشحة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>المسألة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterView</name>
    <message>
        <source>Facet</source>
        <translation>الوجه</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>هيئة التقييس المرشحة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>المسألة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بلا تجميع</translation>
    </message>
    <message>
        <source>Shared by several use cases</source>
        <translation>مشتركة بين عدة حالات استخدام</translation>
    </message>
    <message>
        <source>Group b&amp;y:</source>
        <translation>ال&amp;تجميع حسب:</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>فجوات التقييس</translation>
    </message>
    <message>
        <source>Reading the gaps…</source>
        <translation>جارٍ قراءة الفجوات…</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n فجوة</numerusform>
            <numerusform>%n فجوة</numerusform>
            <numerusform>%n فجوة</numerusform>
            <numerusform>%n فجوات</numerusform>
            <numerusform>%n فجوة</numerusform>
            <numerusform>%n فجوة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالات استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
        </translation>
    </message>
    <message>
        <source>No standardization gaps in the use cases matching this search.

Clear the search to see every gap of the repository.</source>
        <translation>لا توجد فجوات تقييس في حالات الاستخدام المطابقة لهذا البحث.

امسح البحث لرؤية كل فجوات المستودع.</translation>
    </message>
    <message>
        <source>No standardization gaps in these use cases yet.

To add one, select a use case, open its &quot;Outcomes and gaps&quot; section and add a row under Standardization gaps.</source>
        <translation>لا توجد فجوات تقييس في حالات الاستخدام هذه بعد.

لإضافة فجوة، اختر حالة استخدام، وافتح قسم «النتائج والفجوات» فيها، وأضف صفًا تحت فجوات التقييس.</translation>
    </message>
    <message>
        <source>No gap is raised by more than one of these use cases.

Gaps count as shared when they have the same facet and candidate SDO and similar words.</source>
        <translation>لا توجد فجوة أثارتها أكثر من حالة واحدة من حالات الاستخدام هذه.

تُعد الفجوات مشتركة حين يكون لها الوجه نفسه وهيئة التقييس المرشحة نفسها وكلمات متشابهة.</translation>
    </message>
    <message>
        <source>How the gaps below are grouped</source>
        <translation>كيفية تجميع الفجوات أدناه</translation>
    </message>
    <message>
        <source>Enter opens a gap&apos;s use case, or opens and closes a group</source>
        <translation>مفتاح الإدخال يفتح حالة الاستخدام الخاصة بالفجوة، أو يفتح المجموعة ويغلقها</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPlanModel</name>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>مستعاد</translation>
    </message>
    <message>
        <source>Stays deleted</source>
        <translation>يبقى محذوفًا</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>محتفَظ به</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>لا شيء للقيام به</translation>
    </message>
    <message>
        <source>Tags added</source>
        <translation>أُضيفت الوسوم</translation>
    </message>
    <message>
        <source>Kept, and the sheet&apos;s version added as a copy</source>
        <translation>محتفَظ به، وأُضيف إصدار الجدول نسخةً</translation>
    </message>
    <message>
        <source>Kept as it is here</source>
        <translation>محتفَظ به كما هو هنا</translation>
    </message>
    <message>
        <source>Kept, tags added</source>
        <translation>محتفَظ به، وأُضيفت الوسوم</translation>
    </message>
    <message>
        <source>Updated from the sheet</source>
        <translation>حُدِّث من الجدول</translation>
    </message>
    <message>
        <source>(new code)</source>
        <translation>(رمز جديد)</translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation>يختلف في: %1</translation>
    </message>
    <message>
        <source>New tags: %1</source>
        <translation>وسوم جديدة: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>حالة الاستخدام</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>سلم التقييم</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>Kept, and the bundle&apos;s version added as a copy</source>
        <translation>محتفَظ به، وأُضيف إصدار الحزمة نسخةً</translation>
    </message>
    <message>
        <source>Replaced by the bundle&apos;s version</source>
        <translation>استُبدل بإصدار الحزمة</translation>
    </message>
    <message>
        <source>Updated from the bundle</source>
        <translation>حُدِّث من الحزمة</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n حقل</numerusform>
            <numerusform>%n حقل</numerusform>
            <numerusform>%n حقل</numerusform>
            <numerusform>%n حقول</numerusform>
            <numerusform>%n حقلًا</numerusform>
            <numerusform>%n حقل</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged: %1 from the sheet, %2 kept</source>
        <translation>مدمج: %1 من الجدول، و%2 محتفَظ به</translation>
    </message>
    <message>
        <source>Merged: %1 from the bundle, %2 kept</source>
        <translation>مدمج: %1 من الحزمة، و%2 محتفَظ به</translation>
    </message>
    <message>
        <source>Score for criterion %1</source>
        <translation>درجة المعيار %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>الاختيار</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Keep deleted</source>
        <translation>إبقاؤه محذوفًا</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>إبقاء نسختي</translation>
    </message>
    <message>
        <source>Delete here too</source>
        <translation>حذفه هنا أيضًا</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>أخذ نسختهم</translation>
    </message>
    <message>
        <source>Keep both (add theirs as a copy)</source>
        <translation>إبقاء الاثنتين (إضافة نسختهم كنسخة إضافية)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ورشة العمل</translation>
    </message>
    <message>
        <source>Round scores</source>
        <translation>درجات الجولة</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPlanView</name>
    <message>
        <source>For &amp;conflicts:</source>
        <translation>عند ال&amp;تعارض:</translation>
    </message>
    <message>
        <source>Keep mine: keep what is here</source>
        <translation>إبقاء نسختي: الاحتفاظ بما هو هنا</translation>
    </message>
    <message>
        <source>Take theirs: use the incoming values</source>
        <translation>أخذ نسختهم: استخدام القيم الواردة</translation>
    </message>
    <message>
        <source>Newest: the later modification wins</source>
        <translation>الأحدث: يفوز التعديل الأخير</translation>
    </message>
    <message>
        <source>How a conflict left on Automatic is settled</source>
        <translation>كيفية حسم التعارض المتروك على «تلقائي»</translation>
    </message>
    <message>
        <source>Records to import</source>
        <translation>السجلات المراد استيرادها</translation>
    </message>
    <message>
        <source>The fields of the record chosen here show below</source>
        <translation>تظهر أدناه حقول السجل المختار هنا</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>an unnamed member</source>
        <translation>عضو بلا اسم</translation>
    </message>
    <message>
        <source>Bundle from %1, made %2 with Casebook %3.</source>
        <translation>حزمة من %1، أُنشئت في %2 باستخدام Casebook %3.</translation>
    </message>
    <message>
        <source>You imported this bundle before, on %1.</source>
        <translation>استوردت هذه الحزمة من قبل في %1.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>IEC 62559-3 use-case repository &quot;%1&quot;.</source>
        <translation>مستودع حالات استخدام وفق IEC 62559-3 «%1».</translation>
    </message>
    <message>
        <source>Changes from the team repository %1 that meet your own.</source>
        <translation>تغييرات من مستودع الفريق %1 تلتقي بتغييراتك.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>المشكلات والملاحظات</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالح</translation>
    </message>
</context>
<context>
    <name>casebook::ui::KpiSection</name>
    <message>
        <source>Date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>التاريخ (YYYY أو YYYY-MM أو YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>&amp;Measurements of the selected KPI:</source>
        <translation>&amp;قياسات مؤشر الأداء المحدد:</translation>
    </message>
    <message>
        <source>No dated measurements yet: add one per date, oldest first.</source>
        <translation>لا توجد قياسات مؤرخة بعد: أضف قياسًا لكل تاريخ، الأقدم أولًا.</translation>
    </message>
    <message>
        <source>Measured over time:</source>
        <translation>المقيس عبر الزمن:</translation>
    </message>
    <message>
        <source>Select a KPI to see its measurements.</source>
        <translation>اختر مؤشر أداء لرؤية قياساته.</translation>
    </message>
    <message>
        <source>No dated measurements for this KPI.</source>
        <translation>لا توجد قياسات مؤرخة لمؤشر الأداء هذا.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::MainWindow</name>
    <message>
        <source>Search use cases</source>
        <translation>البحث في حالات الاستخدام</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ب&amp;حث</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>&amp;حول Casebook</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>حول Casebook</translation>
    </message>
    <message>
        <source>Casebook %1

A catalogue of IoT and smart-city use cases for interoperability and standardization work.

Repository: %2</source>
        <translation>Casebook %1

فهرس لحالات استخدام إنترنت الأشياء والمدن الذكية لأعمال قابلية التشغيل البيني والتقييس.

المستودع: %2</translation>
    </message>
    <message>
        <source>%1 - Casebook</source>
        <translation>%1 - Casebook</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالات استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
            <numerusform>%n حالة استخدام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n use case(s) match</source>
        <translation>
            <numerusform>%1 من أصل %n حالة استخدام مطابقة</numerusform>
            <numerusform>%1 من أصل %n حالة استخدام مطابقة</numerusform>
            <numerusform>%1 من أصل %n حالة استخدام مطابقة</numerusform>
            <numerusform>%1 من أصل %n حالات استخدام مطابقة</numerusform>
            <numerusform>%1 من أصل %n حالة استخدام مطابقة</numerusform>
            <numerusform>%1 من أصل %n حالة استخدام مطابقة</numerusform>
        </translation>
    </message>
    <message>
        <source>The repository is damaged</source>
        <translation>المستودع تالف</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;فهمت</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>ا&amp;سترجاع</translation>
    </message>
    <message>
        <source>Select a use case to see and edit it.</source>
        <translation>اختر حالة استخدام لعرضها وتحريرها.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>المرشِّحات</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>حذف طريقة العرض</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation>هل تريد حذف طريقة العرض المحفوظة «%1»؟</translation>
    </message>
    <message>
        <source>Cannot delete the view</source>
        <translation>يتعذر حذف طريقة العرض</translation>
    </message>
    <message>
        <source>&amp;Import Bundle or Spreadsheet...</source>
        <translation>ا&amp;ستيراد حزمة أو جدول...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>ترا&amp;جع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <source>&amp;Save Use Case</source>
        <translation>&amp;حفظ حالة الاستخدام</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>ا&amp;سترجاع التغييرات</translation>
    </message>
    <message>
        <source>&amp;New Use Case...</source>
        <translation>حالة استخدام &amp;جديدة...</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>ت&amp;كرار</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>ال&amp;تفضيلات...</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>ال&amp;تقييم</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Save Current View...</source>
        <translation>&amp;حفظ طريقة العرض الحالية...</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>م&amp;سح البحث والمرشِّحات</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>الأ&amp;عمدة</translation>
    </message>
    <message>
        <source>&amp;Editor Sections</source>
        <translation>أ&amp;قسام المحرر</translation>
    </message>
    <message>
        <source>Show &amp;Filters</source>
        <translation>إظهار ال&amp;مرشِّحات</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>ملء ال&amp;شاشة</translation>
    </message>
    <message>
        <source>This repository has no use cases yet.

Press Ctrl+N to record one, or import a bundle or a spreadsheet from the File menu.</source>
        <translation>لا يحتوي هذا المستودع على حالات استخدام بعد.

اضغط Ctrl+N لتسجيل حالة، أو استورد حزمة أو جدولًا من قائمة ملف.</translation>
    </message>
    <message>
        <source>No use case matches &quot;%1&quot;.

Try fewer words, a shorter prefix with *, or remove a filter (Esc clears the search).</source>
        <translation>لا توجد حالة استخدام تطابق «%1».

جرّب كلمات أقل، أو بادئة أقصر مع *، أو أزل مرشِّحًا (يمسح مفتاح Esc البحث).</translation>
    </message>
    <message>
        <source>Cannot save the use case</source>
        <translation>يتعذر حفظ حالة الاستخدام</translation>
    </message>
    <message>
        <source>Undo or redo failed</source>
        <translation>فشل التراجع أو الإعادة</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>تحرير «%1»</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>New Use Case</source>
        <translation>حالة استخدام جديدة</translation>
    </message>
    <message>
        <source>Title of the new use case:</source>
        <translation>عنوان حالة الاستخدام الجديدة:</translation>
    </message>
    <message>
        <source>New use case &quot;%1&quot;</source>
        <translation>حالة استخدام جديدة «%1»</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>يتعذر التكرار</translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>تكرار «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n use case(s)</source>
        <translation>
            <numerusform>حذف %n حالة استخدام</numerusform>
            <numerusform>حذف %n حالة استخدام</numerusform>
            <numerusform>حذف %n حالة استخدام</numerusform>
            <numerusform>حذف %n حالات استخدام</numerusform>
            <numerusform>حذف %n حالة استخدام</numerusform>
            <numerusform>حذف %n حالة استخدام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n use case(s). Undo with %1.</source>
        <translation>
            <numerusform>حُذفت %n حالة استخدام. تراجع باستخدام %1.</numerusform>
            <numerusform>حُذفت %n حالة استخدام. تراجع باستخدام %1.</numerusform>
            <numerusform>حُذفت %n حالة استخدام. تراجع باستخدام %1.</numerusform>
            <numerusform>حُذفت %n حالات استخدام. تراجع باستخدام %1.</numerusform>
            <numerusform>حُذفت %n حالة استخدام. تراجع باستخدام %1.</numerusform>
            <numerusform>حُذفت %n حالة استخدام. تراجع باستخدام %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a search or choose filters first; a view saves them under a name.</source>
        <translation>اكتب بحثًا أو اختر مرشِّحات أولًا؛ فطريقة العرض تحفظها تحت اسم.</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>حفظ طريقة العرض</translation>
    </message>
    <message>
        <source>Name of the view for &quot;%1&quot;:</source>
        <translation>اسم طريقة العرض لـ «%1»:</translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation>يتعذر حفظ طريقة العرض</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>حُفظت طريقة العرض «%1».</translation>
    </message>
    <message>
        <source>Do not add to it: restore the newest backup, or export what you can.</source>
        <translation>لا تُضف إليه شيئًا: استعد أحدث نسخة احتياطية، أو صدِّر ما تستطيع.</translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, prefix*, tag:open-data, vertical:energy, sdg:11, region:Africa, stage:pilot</source>
        <translation>البحث: كلمات، &quot;عبارات&quot;، بادئة*، tag:open-data، vertical:energy، sdg:11، region:Africa، stage:pilot</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>حالات الاستخدام</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>تراجع عن %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>إعادة %1</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>هل تريد حفظ التغييرات على «%1»؟</translation>
    </message>
    <message>
        <source>The use case chosen here shows in the editor</source>
        <translation>تظهر حالة الاستخدام المختارة هنا في المحرر</translation>
    </message>
    <message>
        <source>&amp;Repository</source>
        <translation>مستو&amp;دع</translation>
    </message>
    <message>
        <source>Imported %1. File &gt; Take Back Last Import undoes it.</source>
        <translation>استُورد %1. يمكن التراجع عن هذا الاستيراد عبر ملف &gt; تراجع عن آخر استيراد.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::PasswordDialog</name>
    <message>
        <source>Team Repository Password</source>
        <translation>كلمة مرور مستودع الفريق</translation>
    </message>
    <message>
        <source>The team repository refused the password. Password for %1:</source>
        <translation>رفض مستودع الفريق كلمة المرور. كلمة المرور لـ %1:</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>كلمة المرور لـ %1:</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>تذكّرها في سلسلة مفاتيح النظام</translation>
    </message>
</context>
<context>
    <name>casebook::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Recorded as the editor of your changes and as assessor</source>
        <translation>يُسجَّل بصفتك محرر تغييراتك وبصفتك مقيِّمًا</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>الم&amp;نظمة:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البري&amp;د الإلكتروني:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>A new language applies the next time Casebook starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل Casebook في المرة القادمة.</translation>
    </message>
    <message>
        <source>&amp;User interface:</source>
        <translation>&amp;واجهة المستخدم:</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>ا&amp;ستعراض...</translation>
    </message>
    <message>
        <source>&amp;Default repository:</source>
        <translation>المستودع ال&amp;افتراضي:</translation>
    </message>
    <message>
        <source>Default Repository</source>
        <translation>المستودع الافتراضي</translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite)</source>
        <translation>مستودعات Casebook (*.sqlite)</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>هذا ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>&amp;Assessor identity:</source>
        <translation>هوية الم&amp;قيِّم:</translation>
    </message>
    <message>
        <source>Your scores are kept under this identity. To score as the same person with casebook-cli, set CASEBOOK_ASSESSOR_ID to it.</source>
        <translation>تُحفظ درجاتك تحت هذه الهوية. لتقيِّم بصفتك الشخص نفسه باستخدام casebook-cli، اضبط CASEBOOK_ASSESSOR_ID على هذه القيمة.</translation>
    </message>
    <message>
        <source>Put on the cover of the reports you write</source>
        <translation>يظهر على صفحة غلاف التقارير التي تكتبها</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecordChoiceDelegate</name>
    <message>
        <source>Choice for %1</source>
        <translation>الاختيار لـ %1</translation>
    </message>
    <message>
        <source>What the import does with this record</source>
        <translation>ما يفعله الاستيراد بهذا السجل</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecordDetails</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>changed there</source>
        <translation>عُدِّل هناك</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>عُدِّل هنا</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>نسختهم</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>استخدام</translation>
    </message>
    <message>
        <source>Everything in this sheet is already here.</source>
        <translation>كل ما في هذا الجدول موجود هنا بالفعل.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here.</source>
        <translation>كل ما في هذه الحزمة موجود هنا بالفعل.</translation>
    </message>
    <message>
        <source>Tags added: %1</source>
        <translation>الوسوم المضافة: %1</translation>
    </message>
    <message>
        <source>New here: it will be added.</source>
        <translation>جديد هنا: ستتم إضافته.</translation>
    </message>
    <message>
        <source>Use for %1</source>
        <translation>استخدام لـ %1</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>الحقول المختلفة</translation>
    </message>
    <message>
        <source>Each differing field: mine, theirs, and which one to use</source>
        <translation>كل حقل مختلف: نسختي ونسختهم وأيهما يُستخدم</translation>
    </message>
    <message>
        <source>Which value the field keeps: mine or theirs</source>
        <translation>القيمة التي يحتفظ بها الحقل: نسختي أم نسختهم</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ReportActions</name>
    <message>
        <source>&amp;Report...</source>
        <translation>ت&amp;قرير...</translation>
    </message>
    <message>
        <source>Use cases and standardization gaps</source>
        <translation>حالات الاستخدام وفجوات التقييس</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report of %n use case(s) to %1.</source>
        <translation>
            <numerusform>كُتب تقرير عن %n حالة استخدام في %1.</numerusform>
            <numerusform>كُتب تقرير عن %n حالة استخدام في %1.</numerusform>
            <numerusform>كُتب تقرير عن %n حالة استخدام في %1.</numerusform>
            <numerusform>كُتب تقرير عن %n حالات استخدام في %1.</numerusform>
            <numerusform>كُتب تقرير عن %n حالة استخدام في %1.</numerusform>
            <numerusform>كُتب تقرير عن %n حالة استخدام في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to report them).</source>
        <translation>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لإدراجها في التقرير).</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لإدراجها في التقرير).</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لإدراجها في التقرير).</numerusform>
            <numerusform>استُبعدت %n حالات استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لإدراجها في التقرير).</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لإدراجها في التقرير).</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة (حدِّد «تضمين حالات الاستخدام المقيَّدة» لإدراجها في التقرير).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>كُتب التقرير</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>ال&amp;محتوى</translation>
    </message>
    <message>
        <source>Co&amp;ver page</source>
        <translation>صفحة ال&amp;غلاف</translation>
    </message>
    <message>
        <source>&amp;Write Report</source>
        <translation>ا&amp;كتب التقرير</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>PDF (to print or send)</source>
        <translation>PDF (للطباعة أو الإرسال)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT, for Word or LibreOffice)</source>
        <translation>نص OpenDocument (ODT، لبرنامج Word أو LibreOffice)</translation>
    </message>
    <message>
        <source>Web page (HTML, one file)</source>
        <translation>صفحة ويب (HTML، ملف واحد)</translation>
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
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>R&amp;ubric:</source>
        <translation>&amp;سلم التقييم:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>الت&amp;نسيق:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>حجم ال&amp;صفحة:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>الم&amp;لف:</translation>
    </message>
    <message>
        <source>The one most use cases were assessed against</source>
        <translation>السلم الذي قُيِّمت وفقه معظم حالات الاستخدام</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1، الإصدار %2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>نص OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>صفحات الويب (*.html *.htm)</translation>
    </message>
    <message>
        <source>Write the report to</source>
        <translation>كتابة التقرير في</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) will be in the report.</source>
        <translation>
            <numerusform>سيتضمن التقرير %n حالة استخدام.</numerusform>
            <numerusform>سيتضمن التقرير %n حالة استخدام.</numerusform>
            <numerusform>سيتضمن التقرير %n حالة استخدام.</numerusform>
            <numerusform>سيتضمن التقرير %n حالات استخدام.</numerusform>
            <numerusform>سيتضمن التقرير %n حالة استخدام.</numerusform>
            <numerusform>سيتضمن التقرير %n حالة استخدام.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to report them.</source>
        <translation>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لإدراجها في التقرير.</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لإدراجها في التقرير.</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لإدراجها في التقرير.</numerusform>
            <numerusform>استُبعدت %n حالات استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لإدراجها في التقرير.</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لإدراجها في التقرير.</numerusform>
            <numerusform>استُبعدت %n حالة استخدام مقيَّدة؛ حدِّد «تضمين حالات الاستخدام المقيَّدة» لإدراجها في التقرير.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report failed</source>
        <translation>فشل التقرير</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <source>The rubric whose scores the report shows</source>
        <translation>سلم التقييم الذي يعرض التقرير درجاته</translation>
    </message>
    <message>
        <source>The kind of file the report is written as</source>
        <translation>نوع الملف الذي يُكتب به التقرير</translation>
    </message>
    <message>
        <source>The paper size of a PDF or ODT report</source>
        <translation>حجم الورق لتقرير PDF أو ODT</translation>
    </message>
    <message>
        <source>The file to write: type its path or choose it with Browse…</source>
        <translation>الملف المراد كتابته: اكتب مساره أو اختره باستخدام استعراض…</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RepositoryActions</name>
    <message>
        <source>&amp;New Repository...</source>
        <translation>مستودع &amp;جديد...</translation>
    </message>
    <message>
        <source>&amp;Open Repository...</source>
        <translation>&amp;فتح مستودع...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح مستودع &amp;حديث</translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation>فتح مستودع</translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite);;All files (*)</source>
        <translation>مستودعات Casebook (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot open the repository</source>
        <translation>يتعذر فتح المستودع</translation>
    </message>
    <message>
        <source>New Repository</source>
        <translation>مستودع جديد</translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite)</source>
        <translation>مستودعات Casebook (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the repository</source>
        <translation>يتعذر إنشاء المستودع</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 موجود بالفعل؛ اختر اسم ملف جديدًا.</translation>
    </message>
    <message>
        <source>No recent repositories</source>
        <translation>لا توجد مستودعات حديثة</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RetagCommand</name>
    <message>
        <source>Add tags %1</source>
        <translation>إضافة الوسوم %1</translation>
    </message>
    <message>
        <source>Remove tags %1</source>
        <translation>إزالة الوسوم %1</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RoundScoreDialog</name>
    <message>
        <source>Round %1 of %2 — %3</source>
        <translation>الجولة %1 من %2 — %3</translation>
    </message>
    <message>
        <source>Your answers in round %1. An answer that differs from your answer in the round before needs a reason; the other assessors&apos; answers stay hidden until the facilitator reveals the round.</source>
        <translation>إجاباتك في الجولة %1. الإجابة التي تختلف عن إجابتك في الجولة السابقة تحتاج إلى سبب؛ وتبقى إجابات المقيِّمين الآخرين مخفية حتى يكشف الميسِّر الجولة.</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>حالة الاستخدام</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>الجولة %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Reason for a change</source>
        <translation>سبب التغيير</translation>
    </message>
    <message>
        <source>Answer for %1 of %2</source>
        <translation>الإجابة عن %1 لـ %2</translation>
    </message>
    <message>
        <source>Reason for %1 of %2</source>
        <translation>السبب لـ %1 من %2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>إجاباتك</translation>
    </message>
    <message>
        <source>Needed when the answer changes from the round before</source>
        <translation>مطلوب عندما تتغير الإجابة عن الجولة السابقة</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RoundsPanel</name>
    <message>
        <source>open: each assessor sees only their own scores</source>
        <translation>مفتوحة: لا يرى كل مقيِّم إلا درجاته</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>مكشوفة</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>&amp;Open Round</source>
        <translation>&amp;فتح الجولة</translation>
    </message>
    <message>
        <source>Re&amp;veal Round</source>
        <translation>ك&amp;شف الجولة</translation>
    </message>
    <message>
        <source>C&amp;lose Round</source>
        <translation>إ&amp;غلاق الجولة</translation>
    </message>
    <message>
        <source>Agreement per criterion, round by round (spread: mean of highest − lowest level; ▲▼: change against the round before):</source>
        <translation>الاتفاق لكل معيار، جولة بجولة (التشتت: متوسط أعلى مستوى − أدنى مستوى؛ ▲▼: التغير مقارنة بالجولة السابقة):</translation>
    </message>
    <message>
        <source>Rounds belong to a workshop: save this comparison as a workshop (Compare &gt; Save Workshop) to run them.</source>
        <translation>الجولات تخص ورشة عمل: احفظ هذه المقارنة كورشة عمل (مقارنة &gt; حفظ ورشة العمل) لإجرائها.</translation>
    </message>
    <message>
        <source>Workshop %1 · round %2, %3</source>
        <translation>ورشة العمل %1 · الجولة %2، %3</translation>
    </message>
    <message>
        <source>Workshop %1 · no round yet: Open Round starts round 1.</source>
        <translation>ورشة العمل %1 · لا توجد جولات بعد: «فتح الجولة» يبدأ الجولة 1.</translation>
    </message>
    <message>
        <source>Round %1 is open: its scores stay hidden until the facilitator reveals the round.</source>
        <translation>الجولة %1 مفتوحة: تبقى درجاتها مخفية حتى يكشف الميسِّر الجولة.</translation>
    </message>
    <message>
        <source>Round %1, every answer under the assessor&apos;s letter:</source>
        <translation>الجولة %1، كل إجابة تحت حرف المقيِّم:</translation>
    </message>
    <message>
        <source>&amp;Open Next Round</source>
        <translation>&amp;فتح الجولة التالية</translation>
    </message>
    <message>
        <source>Open Round</source>
        <translation>فتح الجولة</translation>
    </message>
    <message>
        <source>Reveal Round</source>
        <translation>كشف الجولة</translation>
    </message>
    <message>
        <source>Close Round</source>
        <translation>إغلاق الجولة</translation>
    </message>
    <message>
        <source>&amp;Score This Round...</source>
        <translation>&amp;تقييم هذه الجولة...</translation>
    </message>
    <message>
        <source>Your answers in the open round, under the name and assessor identity of Preferences</source>
        <translation>إجاباتك في الجولة المفتوحة، باسمك وهوية المقيِّم في التفضيلات</translation>
    </message>
    <message>
        <source>Score This Round</source>
        <translation>تقييم هذه الجولة</translation>
    </message>
    <message>
        <source>Set your name in Preferences before scoring: every answer names its assessor.</source>
        <translation>اكتب اسمك في التفضيلات قبل التقييم: فكل إجابة تذكر مقيِّمها.</translation>
    </message>
    <message>
        <source>Answers of the round</source>
        <translation>إجابات الجولة</translation>
    </message>
    <message>
        <source>Every answer under the assessor&apos;s letter, once the round is revealed</source>
        <translation>كل إجابة تحت حرف المقيِّم، بعد كشف الجولة</translation>
    </message>
    <message>
        <source>Agreement per criterion</source>
        <translation>الاتفاق لكل معيار</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RubricEditorDialog</name>
    <message>
        <source>Rubrics</source>
        <translation>سلالم التقييم</translation>
    </message>
    <message>
        <source>&amp;Rubric:</source>
        <translation>&amp;سلم التقييم:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Import a rubric</source>
        <translation>استيراد سلم تقييم</translation>
    </message>
    <message>
        <source>Rubric (*.json)</source>
        <translation>سلم التقييم (*.json)</translation>
    </message>
    <message>
        <source>Export the rubric</source>
        <translation>تصدير سلم التقييم</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>&amp;Scale from:</source>
        <translation>الم&amp;قياس من:</translation>
    </message>
    <message>
        <source>Dimensions and criteria</source>
        <translation>الأبعاد والمعايير</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النصيب</translation>
    </message>
    <message>
        <source>Add &amp;dimension</source>
        <translation>إضافة &amp;بُعد</translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation>إضافة م&amp;عيار</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Select a dimension or a criterion to edit it.</source>
        <translation>اختر بُعدًا أو معيارًا لتحريره.</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>المعرّف:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Criterion ids stay the same in every version of the rubric, so scores can be compared; the id of a stored criterion cannot change.</source>
        <translation>تبقى معرّفات المعايير كما هي في كل إصدارات سلم التقييم لكي تُقارَن الدرجات؛ ولا يمكن تغيير معرّف معيار مخزَّن.</translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation>الم&amp;عرّف:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>ال&amp;وزن:</translation>
    </message>
    <message>
        <source>Level descriptors</source>
        <translation>واصفات المستويات</translation>
    </message>
    <message>
        <source>Normalise to &amp;100</source>
        <translation>التطبيع إلى &amp;100</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (الإصدار %2)</translation>
    </message>
    <message>
        <source>New rubric (not saved yet)</source>
        <translation>سلم تقييم جديد (لم يُحفظ بعد)</translation>
    </message>
    <message>
        <source>New rubric</source>
        <translation>سلم تقييم جديد</translation>
    </message>
    <message>
        <source>First dimension</source>
        <translation>البُعد الأول</translation>
    </message>
    <message>
        <source>First criterion</source>
        <translation>المعيار الأول</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>المستوى %1</translation>
    </message>
    <message>
        <source>Level %1 — %2</source>
        <translation>المستوى %1 — %2</translation>
    </message>
    <message>
        <source>Total weight: %1. Each criterion counts by its share of the total; normalising makes the total 100.</source>
        <translation>الوزن الكلي: %1. يُحتسب كل معيار بنصيبه من المجموع؛ والتطبيع يجعل المجموع 100.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
            <numerusform>… و%n مشكلات أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
            <numerusform>… و%n مشكلة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new rubric: saving stores version 1.</source>
        <translation>سلم تقييم جديد: الحفظ يخزّن الإصدار 1.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, used by %n assessment(s): saving a change makes a new version and leaves these assessments with version %1.</source>
        <translation>
            <numerusform>الإصدار %1، يستخدمه %n تقييم: حفظ تغيير ينشئ إصدارًا جديدًا ويُبقي هذه التقييمات على الإصدار %1.</numerusform>
            <numerusform>الإصدار %1، يستخدمه %n تقييم: حفظ تغيير ينشئ إصدارًا جديدًا ويُبقي هذه التقييمات على الإصدار %1.</numerusform>
            <numerusform>الإصدار %1، يستخدمه %n تقييم: حفظ تغيير ينشئ إصدارًا جديدًا ويُبقي هذه التقييمات على الإصدار %1.</numerusform>
            <numerusform>الإصدار %1، تستخدمه %n تقييمات: حفظ تغيير ينشئ إصدارًا جديدًا ويُبقي هذه التقييمات على الإصدار %1.</numerusform>
            <numerusform>الإصدار %1، يستخدمه %n تقييمًا: حفظ تغيير ينشئ إصدارًا جديدًا ويُبقي هذه التقييمات على الإصدار %1.</numerusform>
            <numerusform>الإصدار %1، يستخدمه %n تقييم: حفظ تغيير ينشئ إصدارًا جديدًا ويُبقي هذه التقييمات على الإصدار %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of the rubric that ships with Casebook: saving a change makes a new version.</source>
        <translation>الإصدار %1 من سلم التقييم المرفق بـ Casebook: حفظ تغيير ينشئ إصدارًا جديدًا.</translation>
    </message>
    <message>
        <source>Version %1, not used by any assessment yet: saving changes it in place.</source>
        <translation>الإصدار %1، لا يستخدمه أي تقييم بعد: الحفظ يغيّره في مكانه.</translation>
    </message>
    <message>
        <source>Rubrics — %1%2</source>
        <translation>سلالم التقييم — %1%2</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>بُعد جديد</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>معيار جديد</translation>
    </message>
    <message>
        <source>Also removed the warning: %1</source>
        <translation>أُزيل التحذير أيضًا: %1</translation>
    </message>
    <message>
        <source>Give at least one criterion a weight above 0 first.</source>
        <translation>أعطِ معيارًا واحدًا على الأقل وزنًا أكبر من 0 أولًا.</translation>
    </message>
    <message>
        <source>Weights now add up to 100.</source>
        <translation>أصبح مجموع الأوزان الآن 100.</translation>
    </message>
    <message>
        <source>The rubric cannot be saved yet: %1</source>
        <translation>لا يمكن حفظ سلم التقييم بعد: %1</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>لا شيء للحفظ.</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>الحفظ كإصدار جديد</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of &quot;%2&quot; is used by %n assessment(s). Saving makes a new version; those assessments stay with version %1, unchanged.</source>
        <translation>
            <numerusform>يستخدم %n تقييم الإصدار %1 من «%2». الحفظ ينشئ إصدارًا جديدًا؛ وتبقى تلك التقييمات على الإصدار %1 دون تغيير.</numerusform>
            <numerusform>يستخدم %n تقييم الإصدار %1 من «%2». الحفظ ينشئ إصدارًا جديدًا؛ وتبقى تلك التقييمات على الإصدار %1 دون تغيير.</numerusform>
            <numerusform>يستخدم %n تقييم الإصدار %1 من «%2». الحفظ ينشئ إصدارًا جديدًا؛ وتبقى تلك التقييمات على الإصدار %1 دون تغيير.</numerusform>
            <numerusform>تستخدم %n تقييمات الإصدار %1 من «%2». الحفظ ينشئ إصدارًا جديدًا؛ وتبقى تلك التقييمات على الإصدار %1 دون تغيير.</numerusform>
            <numerusform>يستخدم %n تقييمًا الإصدار %1 من «%2». الحفظ ينشئ إصدارًا جديدًا؛ وتبقى تلك التقييمات على الإصدار %1 دون تغيير.</numerusform>
            <numerusform>يستخدم %n تقييم الإصدار %1 من «%2». الحفظ ينشئ إصدارًا جديدًا؛ وتبقى تلك التقييمات على الإصدار %1 دون تغيير.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>لم يُحفظ.</translation>
    </message>
    <message numerus="yes">
        <source>Saved as version %1. Version %2 and its %n assessment(s) are unchanged.</source>
        <translation>
            <numerusform>حُفظ بوصفه الإصدار %1. لم يتغير الإصدار %2 ولا تقييماته البالغ عددها %n.</numerusform>
            <numerusform>حُفظ بوصفه الإصدار %1. لم يتغير الإصدار %2 ولا تقييماته البالغ عددها %n.</numerusform>
            <numerusform>حُفظ بوصفه الإصدار %1. لم يتغير الإصدار %2 ولا تقييماته البالغ عددها %n.</numerusform>
            <numerusform>حُفظ بوصفه الإصدار %1. لم يتغير الإصدار %2 ولا تقييماته البالغ عددها %n.</numerusform>
            <numerusform>حُفظ بوصفه الإصدار %1. لم يتغير الإصدار %2 ولا تقييماته البالغ عددها %n.</numerusform>
            <numerusform>حُفظ بوصفه الإصدار %1. لم يتغير الإصدار %2 ولا تقييماته البالغ عددها %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>حُفظ الإصدار %1.</translation>
    </message>
    <message>
        <source>Saved the new rubric as version %1.</source>
        <translation>حُفظ سلم التقييم الجديد بوصفه الإصدار %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This version was already stored; nothing changed.</source>
        <translation>هذا الإصدار مخزَّن بالفعل؛ لم يتغير أي شيء.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; version %2.</source>
        <translation>استُورد «%1» الإصدار %2.</translation>
    </message>
    <message>
        <source>Save the rubric before exporting it.</source>
        <translation>احفظ سلم التقييم قبل تصديره.</translation>
    </message>
    <message>
        <source>Exported version %1 to %2.</source>
        <translation>صُدِّر الإصدار %1 إلى %2.</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;?</source>
        <translation>هل تريد حفظ تغييراتك على «%1»؟</translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation>تحجيم إلى</translation>
    </message>
    <message>
        <source>The rubric to edit, in its latest version</source>
        <translation>سلم التقييم المراد تحريره، بأحدث إصدار له</translation>
    </message>
    <message>
        <source>The name assessors choose the rubric by</source>
        <translation>الاسم الذي يختار به المقيِّمون سلم التقييم</translation>
    </message>
    <message>
        <source>What the rubric measures and when to use it</source>
        <translation>ما يقيسه سلم التقييم ومتى يُستخدم</translation>
    </message>
    <message>
        <source>The lowest and the highest level a criterion can get</source>
        <translation>أدنى مستوى وأعلى مستوى يمكن أن يحصل عليه المعيار</translation>
    </message>
    <message>
        <source>A short name for what is judged</source>
        <translation>اسم قصير لما يُحكم عليه</translation>
    </message>
    <message>
        <source>What the assessor looks at to choose a level</source>
        <translation>ما ينظر فيه المقيِّم لاختيار مستوى</translation>
    </message>
    <message>
        <source>It counts by its share of the total weight</source>
        <translation>يُحتسب بنصيبه من الوزن الكلي</translation>
    </message>
    <message>
        <source>What a use case at this level looks like</source>
        <translation>كيف تبدو حالة الاستخدام في هذا المستوى</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScenarioSection</name>
    <message>
        <source>Was: &apos;%1&apos; — %2</source>
        <translation>كان: «%1» — %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Step number: 1, 2, 2.1...</source>
        <translation>رقم الخطوة: 1، 2، 2.1...</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>The IEC 62559-2 service of the step: CREATE, GET, REPORT...</source>
        <translation>خدمة الخطوة وفق IEC 62559-2: CREATE، GET، REPORT...</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>المُنتِج</translation>
    </message>
    <message>
        <source>Information producer: the actor the information comes from</source>
        <translation>مُنتِج المعلومات: الجهة الفاعلة التي تأتي منها المعلومات</translation>
    </message>
    <message>
        <source>pick an actor</source>
        <translation>اختر جهة فاعلة</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>المُستقبِل</translation>
    </message>
    <message>
        <source>Information receiver: the actor the information goes to</source>
        <translation>مُستقبِل المعلومات: الجهة الفاعلة التي تذهب إليها المعلومات</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>المعلومات</translation>
    </message>
    <message>
        <source>Information exchanged: ids from the table below (I-1...)</source>
        <translation>المعلومات المتبادلة: معرّفات من الجدول أدناه (I-1...)</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>المتطلبات</translation>
    </message>
    <message>
        <source>Requirement ids from the requirements table (R-1...)</source>
        <translation>معرّفات المتطلبات من جدول المتطلبات (R-1...)</translation>
    </message>
    <message>
        <source>pick the information</source>
        <translation>اختر المعلومات</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Name of activity</source>
        <translation>اسم النشاط</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Primary actor</source>
        <translation>الجهة الفاعلة الرئيسية</translation>
    </message>
    <message>
        <source>Triggering event</source>
        <translation>الحدث المُطلِق</translation>
    </message>
    <message>
        <source>Pre-conditions</source>
        <translation>الشروط المسبقة</translation>
    </message>
    <message>
        <source>Post-conditions</source>
        <translation>الشروط اللاحقة</translation>
    </message>
    <message>
        <source>S&amp;teps of the selected scenario:</source>
        <translation>&amp;خطوات السيناريو المحدد:</translation>
    </message>
    <message>
        <source>This scenario has no steps yet: who sends what to whom.</source>
        <translation>لا توجد خطوات في هذا السيناريو بعد: من يرسل ماذا إلى من.</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>الخطوة %1، %2: %3</translation>
    </message>
    <message>
        <source>⚠ Written before steps referred to the record&apos;s actors and information; nothing of this use case matches it yet. %1.</source>
        <translation>⚠ كُتب قبل أن تشير الخطوات إلى الجهات الفاعلة والمعلومات في السجل؛ ولا شيء في حالة الاستخدام هذه يطابقه بعد. %1.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoreSheetDialog</name>
    <message>
        <source>Score sheet</source>
        <translation>ورقة التقييم</translation>
    </message>
    <message>
        <source>Score sheet — %1 [*]</source>
        <translation>ورقة التقييم — %1 [*]</translation>
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
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
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
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>high</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoreSheetWidget</name>
    <message>
        <source>Use case</source>
        <translation>حالة الاستخدام</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>Type a level digit, N for not applicable, U for unknown, Delete to clear.</source>
        <translation>اكتب رقم المستوى، أو N لغير منطبق، أو U لغير معروف، أو Delete للمسح.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Why this level?</source>
        <translation>لماذا هذا المستوى؟</translation>
    </message>
    <message>
        <source>A link or a document reference</source>
        <translation>رابط أو مرجع مستند</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفعة</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>ال&amp;مبرر:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>الأ&amp;دلة:</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>ال&amp;ثقة:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Set your name in the preferences before scoring: every assessment names its assessor.</source>
        <translation>اكتب اسمك في التفضيلات قبل التقييم: فكل تقييم يذكر مقيِّمه.</translation>
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
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>القطاعات الرأسية</translation>
    </message>
    <message>
        <source>Regions and countries</source>
        <translation>المناطق والبلدان</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>مرحلة النشر</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>سياق التنمية</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>الاتصالية</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>المعرّفات</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>المنصات</translation>
    </message>
    <message>
        <source>Assessor: %1 · Rubric: %2, version %3</source>
        <translation>المقيِّم: %1 · سلم التقييم: %2، الإصدار %3</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>غير منطبق</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>غير مُقيَّم</translation>
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
        <translation>لا ينطبق على حالة الاستخدام هذه؛ ويذهب وزنه إلى المعايير الأخرى. (المفتاح N)</translation>
    </message>
    <message>
        <source>Not known from the sources; counts as the lowest level and is flagged. (key U)</source>
        <translation>غير معروف من المصادر؛ يُحتسب أدنى مستوى ويُنبَّه عليه. (المفتاح U)</translation>
    </message>
    <message>
        <source>Not answered yet. (Delete)</source>
        <translation>لم تتم الإجابة بعد. (Delete)</translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation>قُيِّم %1 من %2</translation>
    </message>
    <message>
        <source>Overall index: %1</source>
        <translation>المؤشر الإجمالي: %1</translation>
    </message>
    <message>
        <source>Overall index: not available</source>
        <translation>المؤشر الإجمالي: غير متاح</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(غير مكتمل)</translation>
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
        <translation>الأبعاد (%1–%2): %3</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>غير معروف: %1</translation>
    </message>
    <message>
        <source>Save your scores for %1?</source>
        <translation>هل تريد حفظ درجاتك لـ %1؟</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>مسائل قطاع تقييس الاتصالات</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>مؤشرات الأداء الرئيسية</translation>
    </message>
    <message>
        <source>coverage %1% of the weight</source>
        <translation>التغطية %1% من الوزن</translation>
    </message>
    <message>
        <source>below the rubric&apos;s minimum of %1%: not ranked</source>
        <translation>أقل من الحد الأدنى لسلم التقييم البالغ %1%: غير مرتَّب</translation>
    </message>
    <message>
        <source>⚠ knock-out %1: %2</source>
        <translation>⚠ معيار إقصائي %1: %2</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>ورقة التقييم</translation>
    </message>
    <message>
        <source>How sure you are of the level you chose</source>
        <translation>مدى ثقتك بالمستوى الذي اخترته</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoringActions</name>
    <message>
        <source>&amp;Score Use Case...</source>
        <translation>&amp;تقييم حالة الاستخدام...</translation>
    </message>
    <message>
        <source>Edit &amp;Rubric...</source>
        <translation>تحرير &amp;سلم التقييم...</translation>
    </message>
    <message>
        <source>Score Use Case</source>
        <translation>تقييم حالة الاستخدام</translation>
    </message>
    <message>
        <source>Set your name in the preferences before scoring: every assessment names its assessor.</source>
        <translation>اكتب اسمك في التفضيلات قبل التقييم: فكل تقييم يذكر مقيِّمه.</translation>
    </message>
    <message>
        <source>Open Preferences…</source>
        <translation>فتح التفضيلات…</translation>
    </message>
    <message>
        <source>Cannot open the score sheet</source>
        <translation>يتعذر فتح ورقة التقييم</translation>
    </message>
    <message>
        <source>Cannot open the rubric</source>
        <translation>يتعذر فتح سلم التقييم</translation>
    </message>
</context>
<context>
    <name>casebook::ui::SearchProblemsLabel</name>
    <message>
        <source>Did you mean %1?</source>
        <translation>هل تقصد %1؟</translation>
    </message>
    <message>
        <source>Try one of %1.</source>
        <translation>جرّب أحد هذه: %1.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… و%n غيرها.</numerusform>
            <numerusform>… و%n غيرها.</numerusform>
            <numerusform>… و%n غيرها.</numerusform>
            <numerusform>… و%n غيرها.</numerusform>
            <numerusform>… و%n غيرها.</numerusform>
            <numerusform>… و%n غيرها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a suggestion to put it in the search.</source>
        <translation>انقر اقتراحًا لوضعه في البحث.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::SelectionBox</name>
    <message>
        <source>Which use cases</source>
        <translation>أي حالات استخدام</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected use case(s)</source>
        <translation>
            <numerusform>حالة الاستخدام المحددة (%n)</numerusform>
            <numerusform>حالة الاستخدام المحددة (%n)</numerusform>
            <numerusform>حالتا الاستخدام المحددتان (%n)</numerusform>
            <numerusform>حالات الاستخدام المحددة وعددها %n</numerusform>
            <numerusform>حالات الاستخدام المحددة وعددها %n</numerusform>
            <numerusform>حالات الاستخدام المحددة وعددها %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Those matching the search (no search now)</source>
        <translation>المطابقة للبحث (لا يوجد بحث الآن)</translation>
    </message>
    <message>
        <source>Those matching the search “%1”</source>
        <translation>المطابقة للبحث «%1»</translation>
    </message>
    <message>
        <source>&amp;All use cases</source>
        <translation>&amp;كل حالات الاستخدام</translation>
    </message>
    <message>
        <source>Include rest&amp;ricted use cases</source>
        <translation>تضمين حالات الاستخدام الم&amp;قيَّدة</translation>
    </message>
    <message>
        <source>Use cases whose sharing level is restricted are left out unless you check this, even when you selected them.</source>
        <translation>تُستبعد حالات الاستخدام ذات مستوى المشاركة المقيَّد ما لم تحدد هذا الخيار، حتى لو كنت قد اخترتها.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::StringListEditor</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add what you typed (Enter)</source>
        <translation>إضافة ما كتبته (مفتاح الإدخال)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected entry (%1)</source>
        <translation>إزالة المُدخل المحدد (%1)</translation>
    </message>
    <message>
        <source>%1 removes the selected entry</source>
        <translation>%1 يزيل المُدخل المحدد</translation>
    </message>
</context>
<context>
    <name>casebook::ui::SyncActions</name>
    <message>
        <source>S&amp;ync with Team Repository...</source>
        <translation>م&amp;زامنة مع مستودع الفريق...</translation>
    </message>
    <message>
        <source>Receive the team repository&apos;s changes and send yours.</source>
        <translation>استلام تغييرات مستودع الفريق وإرسال تغييراتك.</translation>
    </message>
    <message>
        <source>Sync with Team Repository</source>
        <translation>المزامنة مع مستودع الفريق</translation>
    </message>
    <message>
        <source>The team repository cannot be reached</source>
        <translation>يتعذر الوصول إلى مستودع الفريق</translation>
    </message>
    <message>
        <source>The sync did not happen</source>
        <translation>لم تتم المزامنة</translation>
    </message>
    <message>
        <source>The sync did not finish</source>
        <translation>لم تكتمل المزامنة</translation>
    </message>
    <message>
        <source>Nothing new from the team repository.</source>
        <translation>لا جديد في مستودع الفريق.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n local change(s).</source>
        <translation>
            <numerusform>أُرسل %n تغيير محلي.</numerusform>
            <numerusform>أُرسل %n تغيير محلي.</numerusform>
            <numerusform>أُرسل %n تغيير محلي.</numerusform>
            <numerusform>أُرسلت %n تغييرات محلية.</numerusform>
            <numerusform>أُرسل %n تغييرًا محليًا.</numerusform>
            <numerusform>أُرسل %n تغيير محلي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>تمت المزامنة</translation>
    </message>
    <message>
        <source>Team repository unreachable</source>
        <translation>مستودع الفريق غير متاح</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1; %n pending change(s)</source>
        <translation>
            <numerusform>تمت المزامنة في %1؛ %n تغيير معلَّق</numerusform>
            <numerusform>تمت المزامنة في %1؛ %n تغيير معلَّق</numerusform>
            <numerusform>تمت المزامنة في %1؛ %n تغيير معلَّق</numerusform>
            <numerusform>تمت المزامنة في %1؛ %n تغييرات معلَّقة</numerusform>
            <numerusform>تمت المزامنة في %1؛ %n تغييرًا معلَّقًا</numerusform>
            <numerusform>تمت المزامنة في %1؛ %n تغيير معلَّق</numerusform>
        </translation>
    </message>
    <message>
        <source>; team repository unreachable</source>
        <translation>؛ مستودع الفريق غير متاح</translation>
    </message>
    <message>
        <source>Team repository (a connection such as service=casebook-team or postgresql://host/db):</source>
        <translation>مستودع الفريق (اتصال مثل service=casebook-team أو postgresql://المضيف/القاعدة):</translation>
    </message>
</context>
<context>
    <name>casebook::ui::TagActions</name>
    <message>
        <source>Add &amp;Tags...</source>
        <translation>إضافة &amp;وسوم...</translation>
    </message>
    <message>
        <source>Re&amp;move Tags...</source>
        <translation>إ&amp;زالة وسوم...</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation>إضافة وسوم</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n use case(s), separated by commas (sdo/oneM2M nests under sdo):</source>
        <translation>
            <numerusform>الوسوم المراد إضافتها إلى %n حالة استخدام، مفصولة بفواصل (يتفرع sdo/oneM2M من sdo):</numerusform>
            <numerusform>الوسوم المراد إضافتها إلى %n حالة استخدام، مفصولة بفواصل (يتفرع sdo/oneM2M من sdo):</numerusform>
            <numerusform>الوسوم المراد إضافتها إلى %n حالة استخدام، مفصولة بفواصل (يتفرع sdo/oneM2M من sdo):</numerusform>
            <numerusform>الوسوم المراد إضافتها إلى %n حالات استخدام، مفصولة بفواصل (يتفرع sdo/oneM2M من sdo):</numerusform>
            <numerusform>الوسوم المراد إضافتها إلى %n حالة استخدام، مفصولة بفواصل (يتفرع sdo/oneM2M من sdo):</numerusform>
            <numerusform>الوسوم المراد إضافتها إلى %n حالة استخدام، مفصولة بفواصل (يتفرع sdo/oneM2M من sdo):</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the tags</source>
        <translation>يتعذر إضافة الوسوم</translation>
    </message>
    <message>
        <source>The selected use cases have no tags.</source>
        <translation>ليس لحالات الاستخدام المحددة وسوم.</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>إزالة وسم</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>الوسم المراد إزالته:</translation>
    </message>
    <message>
        <source>Cannot remove the tag</source>
        <translation>يتعذر إزالة الوسم</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot; (tags nested under it follow):</source>
        <translation>الاسم الجديد لـ «%1» (تتبعه الوسوم المتفرعة منه):</translation>
    </message>
    <message>
        <source>Cannot rename the tag</source>
        <translation>يتعذر إعادة تسمية الوسم</translation>
    </message>
    <message>
        <source>Rename tag &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>إعادة تسمية الوسم «%1» إلى «%2»</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>دمج وسم</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into:</source>
        <translation>دمج «%1» في:</translation>
    </message>
    <message>
        <source>Cannot merge the tags</source>
        <translation>يتعذر دمج الوسوم</translation>
    </message>
    <message>
        <source>Merge tag &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>دمج الوسم «%1» في «%2»</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>لون «%1»</translation>
    </message>
    <message>
        <source>Cannot set the colour</source>
        <translation>يتعذر تعيين اللون</translation>
    </message>
</context>
<context>
    <name>casebook::ui::TakeBackActions</name>
    <message>
        <source>&amp;Take Back Last Import...</source>
        <translation>&amp;تراجع عن آخر استيراد...</translation>
    </message>
    <message>
        <source>Take back the last import</source>
        <translation>التراجع عن آخر استيراد</translation>
    </message>
    <message>
        <source>Nothing was imported into this repository, or every import was taken back.</source>
        <translation>لم يُستورد أي شيء إلى هذا المستودع، أو جرى التراجع عن كل عمليات الاستيراد.</translation>
    </message>
    <message>
        <source>Take back the import of %1 from %2?</source>
        <translation>هل تريد التراجع عن استيراد %1 بتاريخ %2؟</translation>
    </message>
    <message>
        <source>Take Back</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>The import was not taken back</source>
        <translation>لم يتم التراجع عن الاستيراد</translation>
    </message>
    <message>
        <source>Import taken back</source>
        <translation>تم التراجع عن الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 was taken back: %n use case(s) are as they were before it.</source>
        <translation>
            <numerusform>تم التراجع عن استيراد %1: عادت %n حالة استخدام إلى ما كانت عليه قبله.</numerusform>
            <numerusform>تم التراجع عن استيراد %1: عادت %n حالة استخدام إلى ما كانت عليه قبله.</numerusform>
            <numerusform>تم التراجع عن استيراد %1: عادت %n حالة استخدام إلى ما كانت عليه قبله.</numerusform>
            <numerusform>تم التراجع عن استيراد %1: عادت %n حالات استخدام إلى ما كانت عليه قبله.</numerusform>
            <numerusform>تم التراجع عن استيراد %1: عادت %n حالة استخدام إلى ما كانت عليه قبله.</numerusform>
            <numerusform>تم التراجع عن استيراد %1: عادت %n حالة استخدام إلى ما كانت عليه قبله.</numerusform>
        </translation>
    </message>
    <message>
        <source>It added %1, updated %2 and deleted %3 records. Each goes back to how it was before the import; importing the file again brings the same changes.</source>
        <translation>أضاف الاستيراد %1 سجلات، وحدّث %2، وحذف %3. يعود كل سجل إلى ما كان عليه قبل الاستيراد؛ وإعادة استيراد الملف تجلب التغييرات نفسها.</translation>
    </message>
    <message>
        <source>Taking back the import of %1…</source>
        <translation>جارٍ التراجع عن استيراد %1…</translation>
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
        <translation>الهوية والمصدر</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <source>Technology and interoperability</source>
        <translation>التكنولوجيا وقابلية التشغيل البيني</translation>
    </message>
    <message>
        <source>Outcomes and gaps</source>
        <translation>النتائج والفجوات</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>الانتقال إلى %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>Another one, not in the list</source>
        <translation>قيمة أخرى ليست في القائمة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add and tick what you typed (Enter)</source>
        <translation>إضافة ما كتبته وتحديده (مفتاح الإدخال)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Required: what the use case is about, in a few words</source>
        <translation>مطلوب: موضوع حالة الاستخدام في بضع كلمات</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <source>Given when saved, e.g. UC-2026-014</source>
        <translation>يُعطى عند الحفظ، مثل UC-2026-014</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>الإ&amp;صدار:</translation>
    </message>
    <message>
        <source>e.g. 1.2</source>
        <translation>مثل 1.2</translation>
    </message>
    <message>
        <source>Approval &amp;status:</source>
        <translation>حالة الا&amp;عتماد:</translation>
    </message>
    <message>
        <source>Source &amp;organization:</source>
        <translation>الم&amp;نظمة المصدر:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Su&amp;bmitters:</source>
        <translation>م&amp;قدِّمو الحالة:</translation>
    </message>
    <message>
        <source>Submitters</source>
        <translation>مقدِّمو الحالة</translation>
    </message>
    <message>
        <source>No submitters yet. Add the people who contributed this use case.</source>
        <translation>لا يوجد مقدِّمون بعد. أضف الأشخاص الذين أسهموا بحالة الاستخدام هذه.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Source &amp;documents:</source>
        <translation>المستندات الم&amp;صدر:</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>المستندات المصدر</translation>
    </message>
    <message>
        <source>No source documents yet. Add contributions, meeting reports or links.</source>
        <translation>لا توجد مستندات مصدر بعد. أضف مساهمات أو تقارير اجتماعات أو روابط.</translation>
    </message>
    <message>
        <source>S&amp;haring level:</source>
        <translation>مستوى الم&amp;شاركة:</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>ال&amp;ترخيص:</translation>
    </message>
    <message>
        <source>e.g. CC BY 4.0</source>
        <translation>مثل CC BY 4.0</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>Language of the text, e.g. en, ar, zh-Hans</source>
        <translation>لغة النص، مثل en أو ar أو zh-Hans</translation>
    </message>
    <message>
        <source>&amp;Verticals:</source>
        <translation>القطاعات الرأ&amp;سية:</translation>
    </message>
    <message>
        <source>S&amp;DGs:</source>
        <translation>أهداف الت&amp;نمية المستدامة:</translation>
    </message>
    <message>
        <source>&amp;U4SSC KPI codes:</source>
        <translation>رموز مؤشرات أداء &amp;U4SSC:</translation>
    </message>
    <message>
        <source>A KPI code from ITU-T Y.4903, then Enter</source>
        <translation>رمز مؤشر أداء من التوصية ITU-T Y.4903، ثم مفتاح الإدخال</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>ال&amp;بلدان:</translation>
    </message>
    <message>
        <source>Type a country name or ISO code, then Enter</source>
        <translation>اكتب اسم بلد أو رمزه وفق ISO، ثم مفتاح الإدخال</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country</source>
        <translation>«%1» ليس بلدًا معروفًا</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country (did you mean %2?)</source>
        <translation>«%1» ليس بلدًا معروفًا (هل تقصد %2؟)</translation>
    </message>
    <message>
        <source>Development conte&amp;xt:</source>
        <translation>سياق ال&amp;تنمية:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>ال&amp;علاقة:</translation>
    </message>
    <message>
        <source>Deployment s&amp;tage:</source>
        <translation>م&amp;رحلة النشر:</translation>
    </message>
    <message>
        <source>Use case UUID</source>
        <translation>معرّف UUID لحالة الاستخدام</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Related use cas&amp;es:</source>
        <translation>حالات الاستخدام ذات ال&amp;صلة:</translation>
    </message>
    <message>
        <source>Related use cases</source>
        <translation>حالات الاستخدام ذات الصلة</translation>
    </message>
    <message>
        <source>No related use cases. Add one by its UUID.</source>
        <translation>لا توجد حالات استخدام ذات صلة. أضف واحدة بمعرّفها UUID.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>المل&amp;خص:</translation>
    </message>
    <message>
        <source>A few sentences a reader sees first</source>
        <translation>بضع جمل يراها القارئ أولًا</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>الأ&amp;هداف:</translation>
    </message>
    <message>
        <source>&amp;Problem and why current standards fall short:</source>
        <translation>الم&amp;شكلة وأسباب قصور المعايير الحالية:</translation>
    </message>
    <message>
        <source>&amp;Benefits:</source>
        <translation>ال&amp;فوائد:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>الجهات ال&amp;فاعلة:</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>No actors yet. Add the people, devices, systems and organizations involved.</source>
        <translation>لا توجد جهات فاعلة بعد. أضف الأشخاص والأجهزة والأنظمة والمنظمات المعنية.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>S&amp;cenarios:</source>
        <translation>ال&amp;سيناريوهات:</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>السيناريوهات</translation>
    </message>
    <message>
        <source>No scenarios yet. Add one, then its numbered steps below.</source>
        <translation>لا توجد سيناريوهات بعد. أضف سيناريو، ثم خطواته المرقمة أدناه.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Data model or standard</source>
        <translation>نموذج البيانات أو المعيار</translation>
    </message>
    <message>
        <source>&amp;Information exchanged:</source>
        <translation>الم&amp;علومات المتبادلة:</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>المعلومات المتبادلة</translation>
    </message>
    <message>
        <source>Nothing listed yet. Add each piece of information and the data model that carries it.</source>
        <translation>لم يُدرج شيء بعد. أضف كل معلومة ونموذج البيانات الذي يحملها.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الهيئة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>الوجه</translation>
    </message>
    <message>
        <source>Conformance tested</source>
        <translation>اختُبرت المطابقة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Standards used:</source>
        <translation>المعايير الم&amp;ستخدمة:</translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation>المعايير المستخدمة</translation>
    </message>
    <message>
        <source>No standards yet. Add each standard with the interoperability facet it serves.</source>
        <translation>لا توجد معايير بعد. أضف كل معيار مع وجه قابلية التشغيل البيني الذي يخدمه.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>المعيار التقني</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;Interfaces (pivotal points of interoperability):</source>
        <translation>ال&amp;واجهات (النقاط المحورية لقابلية التشغيل البيني):</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>الواجهات</translation>
    </message>
    <message>
        <source>No interfaces yet. Add the points where actors connect and the standard used there.</source>
        <translation>لا توجد واجهات بعد. أضف النقاط التي تتصل فيها الجهات الفاعلة والمعيار المستخدم فيها.</translation>
    </message>
    <message>
        <source>&amp;Platforms:</source>
        <translation>الم&amp;نصات:</translation>
    </message>
    <message>
        <source>e.g. FIWARE Context Broker, then Enter</source>
        <translation>مثل FIWARE Context Broker، ثم مفتاح الإدخال</translation>
    </message>
    <message>
        <source>&amp;Connectivity:</source>
        <translation>الا&amp;تصالية:</translation>
    </message>
    <message>
        <source>Device &amp;onboarding:</source>
        <translation>إلحاق الأج&amp;هزة:</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>ينطبق على</translation>
    </message>
    <message>
        <source>Globally unique</source>
        <translation>فريد عالميًا</translation>
    </message>
    <message>
        <source>Resolvable</source>
        <translation>قابل للاستبانة</translation>
    </message>
    <message>
        <source>I&amp;dentifier schemes:</source>
        <translation>مخططات الم&amp;عرّفات:</translation>
    </message>
    <message>
        <source>Identifier schemes</source>
        <translation>مخططات المعرّفات</translation>
    </message>
    <message>
        <source>No identifier schemes yet. Add how devices, applications and data are identified.</source>
        <translation>لا توجد مخططات معرّفات بعد. أضف كيفية تعريف الأجهزة والتطبيقات والبيانات.</translation>
    </message>
    <message>
        <source>Securit&amp;y and privacy measures:</source>
        <translation>تدابير الأ&amp;من والخصوصية:</translation>
    </message>
    <message>
        <source>Security &amp;baselines:</source>
        <translation>خطوط الأساس الأم&amp;نية:</translation>
    </message>
    <message>
        <source>e.g. ETSI EN 303 645, then Enter</source>
        <translation>مثل ETSI EN 303 645، ثم مفتاح الإدخال</translation>
    </message>
    <message>
        <source>Data &amp;governance:</source>
        <translation>&amp;حوكمة البيانات:</translation>
    </message>
    <message>
        <source>Ownership, access, sharing agreements, licences</source>
        <translation>الملكية والنفاذ واتفاقات المشاركة والتراخيص</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>المقيس</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>مصدر البيانات</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>جودة البيانات</translation>
    </message>
    <message>
        <source>U4SSC code</source>
        <translation>رمز U4SSC</translation>
    </message>
    <message>
        <source>&amp;KPIs:</source>
        <translation>مؤشرات الأ&amp;داء الرئيسية:</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>مؤشرات الأداء الرئيسية</translation>
    </message>
    <message>
        <source>No KPIs yet. Add each indicator with its values as written, units included.</source>
        <translation>لا توجد مؤشرات أداء بعد. أضف كل مؤشر بقيمه كما كُتبت، مع الوحدات.</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>الدروس ال&amp;مستفادة:</translation>
    </message>
    <message>
        <source>&amp;Replicable components:</source>
        <translation>المكونات القابلة لل&amp;تكرار:</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>هيئة التقييس المرشحة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>المسألة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Standardization &amp;gaps:</source>
        <translation>&amp;فجوات التقييس:</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>فجوات التقييس</translation>
    </message>
    <message>
        <source>No gaps recorded. Add what current standards do not cover, and who could work on it.</source>
        <translation>لم تُسجَّل فجوات. أضف ما لا تغطيه المعايير الحالية، ومن يمكنه العمل عليه.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
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
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ This use case cannot be saved yet: %1</source>
        <translation>⚠ لا يمكن حفظ حالة الاستخدام هذه بعد: %1</translation>
    </message>
    <message>
        <source>New use case, not saved yet</source>
        <translation>حالة استخدام جديدة، لم تُحفظ بعد</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>المراجعة %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>أُنشئ في %1</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>عُدِّل في %1</translation>
    </message>
    <message>
        <source>modified %1 by %2</source>
        <translation>عدَّله %2 في %1</translation>
    </message>
    <message>
        <source>UUID %1</source>
        <translation>UUID %1</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>نسخة من %1</translation>
    </message>
    <message>
        <source>step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>information producer</source>
        <translation>مُنتِج المعلومات</translation>
    </message>
    <message>
        <source>information receiver</source>
        <translation>مُستقبِل المعلومات</translation>
    </message>
    <message>
        <source>information exchanged</source>
        <translation>المعلومات المتبادلة</translation>
    </message>
    <message>
        <source>primary actor</source>
        <translation>الجهة الفاعلة الرئيسية</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>القياس</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice</source>
        <translation>«%1» مستخدم مرتين</translation>
    </message>
    <message>
        <source>New rows get the next free %1n</source>
        <translation>تحصل الصفوف الجديدة على المعرّف الحر التالي %1n</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>التكنولوجيا</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>ITU-D &amp;regions:</source>
        <translation>م&amp;ناطق قطاع تنمية الاتصالات:</translation>
    </message>
    <message>
        <source>ITU-T &amp;Questions:</source>
        <translation>م&amp;سائل قطاع تقييس الاتصالات:</translation>
    </message>
    <message>
        <source>e.g. Q2/20, then Enter</source>
        <translation>مثل Q2/20، ثم مفتاح الإدخال</translation>
    </message>
    <message>
        <source>Related Reco&amp;mmendations or work items:</source>
        <translation>التوصيات أو بنود ال&amp;عمل ذات الصلة:</translation>
    </message>
    <message>
        <source>e.g. ITU-T Y.4500.1 or a work item, then Enter</source>
        <translation>مثل ITU-T Y.4500.1 أو بند عمل، ثم مفتاح الإدخال</translation>
    </message>
    <message>
        <source>The development context of each country the use case is deployed in</source>
        <translation>سياق التنمية لكل بلد تُنشر فيه حالة الاستخدام</translation>
    </message>
    <message>
        <source>Scop&amp;e:</source>
        <translation>ال&amp;نطاق:</translation>
    </message>
    <message>
        <source>What the use case covers and what it leaves out</source>
        <translation>ما تغطيه حالة الاستخدام وما تستبعده</translation>
    </message>
    <message>
        <source>Assu&amp;mptions:</source>
        <translation>الا&amp;فتراضات:</translation>
    </message>
    <message>
        <source>Something taken as given, then Enter</source>
        <translation>أمر مُسلَّم به، ثم مفتاح الإدخال</translation>
    </message>
    <message>
        <source>Pre&amp;requisites:</source>
        <translation>الم&amp;تطلبات المسبقة:</translation>
    </message>
    <message>
        <source>Something that must be in place first, then Enter</source>
        <translation>أمر يجب أن يكون قائمًا أولًا، ثم مفتاح الإدخال</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Re&amp;quirements:</source>
        <translation>الم&amp;تطلبات:</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>المتطلبات</translation>
    </message>
    <message>
        <source>No requirements yet. Add what the use case needs, e.g. R-1 performance: a reading arrives within 15 minutes; steps and information refer to them by id.</source>
        <translation>لا توجد متطلبات بعد. أضف ما تحتاجه حالة الاستخدام، مثل R-1 الأداء: تصل القراءة خلال 15 دقيقة؛ وتشير إليها الخطوات والمعلومات بمعرّفها.</translation>
    </message>
    <message>
        <source>Tick each one that applies: the arrows move, Space ticks</source>
        <translation>حدِّد كل ما ينطبق: مفاتيح الأسهم للتنقل، ومفتاح المسافة للتحديد</translation>
    </message>
    <message>
        <source>The record&apos;s review stage, from draft to agreed or superseded</source>
        <translation>مرحلة مراجعة السجل، من «مسودة» إلى «متفق عليه» أو «مُستبدَل»</translation>
    </message>
    <message>
        <source>The organization the use case comes from</source>
        <translation>المنظمة التي تأتي منها حالة الاستخدام</translation>
    </message>
    <message>
        <source>Who may receive it: a restricted record leaves in no export by default</source>
        <translation>من يجوز له استلامها: لا يخرج السجل المقيَّد في أي تصدير افتراضيًا</translation>
    </message>
    <message>
        <source>Whether it is tied to a region, a country or one place</source>
        <translation>ما إذا كانت مرتبطة بمنطقة أو بلد أو مكان واحد</translation>
    </message>
    <message>
        <source>How far it has got, from a concept to several sites</source>
        <translation>مدى تقدمها، من مفهوم إلى عدة مواقع</translation>
    </message>
    <message>
        <source>The complete description: how it works and who does what</source>
        <translation>الوصف الكامل: كيف تعمل ومن يفعل ماذا</translation>
    </message>
    <message>
        <source>What the use case sets out to achieve</source>
        <translation>ما تسعى حالة الاستخدام إلى تحقيقه</translation>
    </message>
    <message>
        <source>The situation today, and what standards miss or get wrong</source>
        <translation>الوضع الحالي، وما تغفله المعايير أو تخطئ فيه</translation>
    </message>
    <message>
        <source>What improves, and for whom</source>
        <translation>ما الذي يتحسن، ولمن</translation>
    </message>
    <message>
        <source>How data, devices and people&apos;s privacy are protected</source>
        <translation>كيف تُحمى البيانات والأجهزة وخصوصية الأشخاص</translation>
    </message>
    <message>
        <source>What worked, what did not, and what others should know</source>
        <translation>ما نجح وما لم ينجح وما ينبغي أن يعرفه الآخرون</translation>
    </message>
    <message>
        <source>Parts another deployment could reuse</source>
        <translation>أجزاء يمكن أن يعيد نشرٌ آخر استخدامها</translation>
    </message>
</context>
<context>
    <name>casebook::ui::UseCaseListModel</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>القطاعات الرأسية</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <source>Not assessed against &quot;%1&quot;</source>
        <translation>لم يُقيَّم وفق «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Median of %n assessor(s) against &quot;%1&quot; version %2</source>
        <translation>
            <numerusform>وسيط %n مقيِّم وفق «%1» الإصدار %2</numerusform>
            <numerusform>وسيط %n مقيِّم وفق «%1» الإصدار %2</numerusform>
            <numerusform>وسيط %n مقيِّم وفق «%1» الإصدار %2</numerusform>
            <numerusform>وسيط %n مقيِّمين وفق «%1» الإصدار %2</numerusform>
            <numerusform>وسيط %n مقيِّمًا وفق «%1» الإصدار %2</numerusform>
            <numerusform>وسيط %n مقيِّم وفق «%1» الإصدار %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>%1 (partial, %2% covered)</source>
        <translation>%1 (جزئي، بتغطية %2%)</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>مناطق قطاع تنمية الاتصالات</translation>
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
        <translation>ليس في القائمة: %1</translation>
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
        <translation>مجموعة الأوزان</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>حفظ باسم...</translation>
    </message>
    <message>
        <source>Weigh each &amp;criterion</source>
        <translation>وزن كل &amp;معيار</translation>
    </message>
    <message>
        <source>&amp;Reset to Rubric</source>
        <translation>إ&amp;عادة إلى سلم التقييم</translation>
    </message>
    <message>
        <source>Beside each weight: the range within which the top of the ranking stays the same.</source>
        <translation>بجانب كل وزن: المدى الذي يبقى فيه رأس الترتيب كما هو.</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>سلم التقييم</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>وزن %1</translation>
    </message>
    <message>
        <source>Top stays from %1 to %2</source>
        <translation>يبقى الرأس من %1 إلى %2</translation>
    </message>
    <message>
        <source>The use case(s) ranked first stay first while this weight stays between %1 and %2, the other weights unchanged.</source>
        <translation>تبقى حالة (حالات) الاستخدام المرتَّبة أولًا في المركز الأول ما دام هذا الوزن بين %1 و%2، مع بقاء الأوزان الأخرى دون تغيير.</translation>
    </message>
    <message>
        <source>Save Weight Set</source>
        <translation>حفظ مجموعة الأوزان</translation>
    </message>
    <message>
        <source>Name of the weight set:</source>
        <translation>اسم مجموعة الأوزان:</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(معدَّل)</translation>
    </message>
    <message>
        <source>Choose a saved set of weights, or the rubric&apos;s own</source>
        <translation>اختر مجموعة أوزان محفوظة، أو أوزان سلم التقييم نفسه</translation>
    </message>
    <message>
        <source>Arrows and Page Up or Down change it; the ranking follows</source>
        <translation>مفاتيح الأسهم وPage Up أو Page Down تغيّره؛ ويتغير الترتيب تبعًا لذلك</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Casebook: a catalogue of IoT use cases.</source>
        <translation>Casebook: فهرس لحالات استخدام إنترنت الأشياء.</translation>
    </message>
    <message>
        <source>The repository file (default: %1).</source>
        <translation>ملف المستودع (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Cannot open the repository</source>
        <translation>يتعذر فتح المستودع</translation>
    </message>
    <message>
        <source>Cannot prepare the repository</source>
        <translation>يتعذر تجهيز المستودع</translation>
    </message>
    <message>
        <source>A .casebook bundle to preview and import.</source>
        <translation>حزمة ‎.casebook لمعاينتها واستيرادها.</translation>
    </message>
</context>
</TS>
