<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssessmentJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>必须是文本值</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>长度为 %1 个字符；上限为 %2</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>包含控制字符</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不得为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>“%1”不是 UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>“%1”不是 ISO 8601 日期时间</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation>有 %1 项；上限为 %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>criterion %1 is scored twice</source>
        <translation>准则 %1 被评分了两次</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 100</source>
        <translation>必须是 0 到 100 之间的整数</translation>
    </message>
    <message>
        <source>must be level, na or unknown</source>
        <translation>必须是 level、na 或 unknown</translation>
    </message>
    <message>
        <source>must be low, medium or high</source>
        <translation>必须是 low、medium 或 high</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>必须是 UUID</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>必须是 1 到 %1 之间的整数</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>An assessment needs the assessor&apos;s name.</source>
        <translation>评估需要填写评估人的姓名。</translation>
    </message>
    <message>
        <source>Saving the assessment</source>
        <translation>正在保存评估</translation>
    </message>
    <message>
        <source>There is no use case %1.</source>
        <translation>不存在用例 %1。</translation>
    </message>
    <message>
        <source>An assessment with the UUID %1 already exists.</source>
        <translation>UUID 为 %1 的评估已存在。</translation>
    </message>
    <message>
        <source>Reading assessments</source>
        <translation>正在读取评估</translation>
    </message>
    <message>
        <source>There is no assessment %1.</source>
        <translation>不存在评估 %1。</translation>
    </message>
    <message>
        <source>Counting assessments</source>
        <translation>正在统计评估</translation>
    </message>
    <message>
        <source>Deleting the assessment</source>
        <translation>正在删除评估</translation>
    </message>
    <message>
        <source>The assessor&apos;s identity is not a UUID.</source>
        <translation>评估人的身份标识不是 UUID。</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file is larger than %1 MB, the limit for an attachment.</source>
        <translation>文件大于 %1 MB，超过附件的上限。</translation>
    </message>
    <message>
        <source>Storing the attachment</source>
        <translation>正在存储附件</translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation>正在读取附件</translation>
    </message>
    <message>
        <source>The attachment %1 is not stored.</source>
        <translation>附件 %1 未被存储。</translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>正在与 %1 比较…</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>正在与 %1 同步…</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 was made by a newer Casebook (bundle format %2); update Casebook to open this bundle.</source>
        <translation>%1 由较新版本的 Casebook 创建（资料包格式 %2）；请更新 Casebook 后再打开此资料包。</translation>
    </message>
    <message>
        <source>The document %1 does not have the expected form.</source>
        <translation>文档 %1 的结构不符合预期。</translation>
    </message>
    <message>
        <source>The document %1 contains invalid Unicode text.</source>
        <translation>文档 %1 包含无效的 Unicode 文本。</translation>
    </message>
    <message>
        <source>The document %1 has a field this version does not know: %2.</source>
        <translation>文档 %1 含有此版本无法识别的字段：%2。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>这不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>This is not a Casebook bundle (it has no manifest).</source>
        <translation>这不是 Casebook 资料包（没有清单）。</translation>
    </message>
    <message>
        <source>This is not a Casebook bundle.</source>
        <translation>这不是 Casebook 资料包。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (format_version).</source>
        <translation>资料包的清单无效（format_version）。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (min_reader_version).</source>
        <translation>资料包的清单无效（min_reader_version）。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (%1).</source>
        <translation>资料包的清单无效（%1）。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists a file outside the allowed layout: %1.</source>
        <translation>资料包的清单列出了允许结构之外的文件：%1。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists the file %1 twice.</source>
        <translation>资料包的清单两次列出了文件 %1。</translation>
    </message>
    <message>
        <source>The bundle is incomplete: the file %1 is missing.</source>
        <translation>资料包不完整：缺少文件 %1。</translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its size differs from the manifest).</source>
        <translation>资料包在条目 %1 处已损坏（其大小与清单不符）。</translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its SHA-256 fingerprint differs from the manifest).</source>
        <translation>资料包在条目 %1 处已损坏（其 SHA-256 指纹与清单不符）。</translation>
    </message>
    <message>
        <source>The bundle contains a file its manifest does not list: %1.</source>
        <translation>资料包包含清单中未列出的文件：%1。</translation>
    </message>
    <message>
        <source>Rubric %1 in %2 is invalid: %3</source>
        <translation>%2 中的评分细则 %1 无效：%3</translation>
    </message>
    <message>
        <source>it has no uuid.</source>
        <translation>它没有 uuid。</translation>
    </message>
    <message>
        <source>The rubric %1 appears twice.</source>
        <translation>评分细则 %1 出现了两次。</translation>
    </message>
    <message>
        <source>The tag list is invalid: %1.</source>
        <translation>标签列表无效：%1。</translation>
    </message>
    <message>
        <source>The tag %1 is listed twice.</source>
        <translation>标签 %1 被列出了两次。</translation>
    </message>
    <message>
        <source>Use case %1 in %2 is not an object.</source>
        <translation>%2 中的用例 %1 不是对象。</translation>
    </message>
    <message>
        <source>Use case %1 (&quot;%2&quot;) is invalid: %3</source>
        <translation>用例 %1（“%2”）无效：%3</translation>
    </message>
    <message>
        <source>The use case %1 appears twice.</source>
        <translation>用例 %1 出现了两次。</translation>
    </message>
    <message>
        <source>The code %1 is used by two use cases.</source>
        <translation>代码 %1 被两个用例使用。</translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; has the tag %2, which %3 does not list.</source>
        <translation>用例“%1”带有标签 %2，但 %3 中没有列出该标签。</translation>
    </message>
    <message>
        <source>The attachment %1 of &quot;%2&quot; does not have the size its use case gives.</source>
        <translation>“%2”的附件 %1 的大小与其用例所给的不符。</translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; names the attachment %2, which is missing from the bundle.</source>
        <translation>用例“%1”引用了附件 %2，但资料包中缺少该附件。</translation>
    </message>
    <message>
        <source>The ancestry of &quot;%1&quot; is invalid.</source>
        <translation>“%1”的版本谱系无效。</translation>
    </message>
    <message>
        <source>The ancestry names a use case that is not in the bundle: %1.</source>
        <translation>版本谱系引用了不在资料包中的用例：%1。</translation>
    </message>
    <message>
        <source>Fields from a newer Casebook were kept as they are: %1.</source>
        <translation>来自较新版本 Casebook 的字段已原样保留：%1。</translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its content does not match its name).</source>
        <translation>资料包在条目 %1 处已损坏（其内容与名称不符）。</translation>
    </message>
    <message>
        <source>The bundle contains an attachment that no use case names: %1.</source>
        <translation>资料包包含一个没有任何用例引用的附件：%1。</translation>
    </message>
    <message>
        <source>Assessment %1 is invalid: %2</source>
        <translation>评估 %1 无效：%2</translation>
    </message>
    <message>
        <source>it is not an object.</source>
        <translation>它不是对象。</translation>
    </message>
    <message>
        <source>The assessment %1 appears twice.</source>
        <translation>评估 %1 出现了两次。</translation>
    </message>
    <message>
        <source>%1 assessed the same use case twice against the same rubric.</source>
        <translation>%1 按同一评分细则对同一用例评估了两次。</translation>
    </message>
    <message>
        <source>The assessment by %1 names a use case that is not in the bundle.</source>
        <translation>%1 的评估引用了不在资料包中的用例。</translation>
    </message>
    <message>
        <source>The assessment by %1 names a rubric that is not in the bundle.</source>
        <translation>%1 的评估引用了不在资料包中的评分细则。</translation>
    </message>
    <message>
        <source>The assessment by %1 scores a criterion its rubric does not have: %2.</source>
        <translation>%1 的评估为其评分细则中不存在的准则评了分：%2。</translation>
    </message>
    <message>
        <source>The assessment by %1 gives %2 a level outside the rubric&apos;s scale.</source>
        <translation>%1 的评估给 %2 的等级超出了评分细则的范围。</translation>
    </message>
    <message>
        <source>The list of deleted records is invalid.</source>
        <translation>已删除记录的列表无效。</translation>
    </message>
    <message>
        <source>The record %1 is both present and deleted, or deleted twice.</source>
        <translation>记录 %1 既存在又被删除，或被删除了两次。</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest does not match its content (%1).</source>
        <translation>资料包的清单与其内容不符（%1）。</translation>
    </message>
    <message>
        <source>The document %1 is refused: %2</source>
        <translation>文档 %1 被拒绝：%2</translation>
    </message>
    <message>
        <source>The bundle holds more records than the %1 a bundle may hold (use cases, assessments and deleted records together).</source>
        <translation>资料包中的记录超过了允许的 %1 条（用例、评估和已删除记录合计）。</translation>
    </message>
    <message>
        <source>The ancestry of %1 is given twice.</source>
        <translation>%1 的版本谱系给出了两次。</translation>
    </message>
    <message>
        <source>The bundle&apos;s parts of %1 are not numbered from 2 without a gap: %2.</source>
        <translation>资料包中 %1 的各部分未从 2 开始连续编号：%2。</translation>
    </message>
    <message>
        <source>revision: must be a whole number from 1 to %1</source>
        <translation>revision：必须是 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>Its JSON documents are too large when unpacked (%1 MB; the limit is %2 MB).</source>
        <translation>其 JSON 文档解压后过大（%1 MB；上限为 %2 MB）。</translation>
    </message>
</context>
<context>
    <name>BundleWorkshops</name>
    <message>
        <source>The document workshops.json has a field this version does not know: %1.</source>
        <translation>文档 workshops.json 含有此版本无法识别的字段：%1。</translation>
    </message>
    <message>
        <source>The document workshops.json does not have the expected form.</source>
        <translation>文档 workshops.json 的结构不符合预期。</translation>
    </message>
    <message>
        <source>The bundle holds more records than the %1 a bundle may hold.</source>
        <translation>资料包中的记录超过了允许的 %1 条。</translation>
    </message>
    <message>
        <source>Workshop %1 is invalid: %2</source>
        <translation>研讨会 %1 无效：%2</translation>
    </message>
    <message>
        <source>it is not an object.</source>
        <translation>它不是对象。</translation>
    </message>
    <message>
        <source>it has a field this version does not know: %1.</source>
        <translation>它含有此版本无法识别的字段：%1。</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; appears twice.</source>
        <translation>研讨会“%1”出现了两次。</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; names a rubric that is not in the bundle.</source>
        <translation>研讨会“%1”引用了不在资料包中的评分细则。</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; names a use case that is not in the bundle.</source>
        <translation>研讨会“%1”引用了不在资料包中的用例。</translation>
    </message>
    <message>
        <source>Round scores %1 are invalid: %2</source>
        <translation>轮次评分 %1 无效：%2</translation>
    </message>
    <message>
        <source>they are not an object.</source>
        <translation>它们不是对象。</translation>
    </message>
    <message>
        <source>they have a field this version does not know: %1.</source>
        <translation>它们含有此版本无法识别的字段：%1。</translation>
    </message>
    <message>
        <source>The round %1 scores of %2 appear twice.</source>
        <translation>%2 的第 %1 轮评分出现了两次。</translation>
    </message>
    <message>
        <source>The round scores of %1 name a workshop that is not in the bundle.</source>
        <translation>%1 的轮次评分引用了不在资料包中的研讨会。</translation>
    </message>
    <message>
        <source>The round scores of %1 name round %2, which the workshop &quot;%3&quot; does not have.</source>
        <translation>%1 的轮次评分引用了第 %2 轮，但研讨会“%3”没有该轮次。</translation>
    </message>
    <message>
        <source>The round scores of %1 name a use case that is not in the workshop.</source>
        <translation>%1 的轮次评分引用了不属于该研讨会的用例。</translation>
    </message>
    <message>
        <source>The round scores of %1 score a criterion the rubric does not have: %2.</source>
        <translation>%1 的轮次评分为评分细则中不存在的准则评了分：%2。</translation>
    </message>
    <message>
        <source>The round scores of %1 give %2 a level outside the rubric&apos;s scale.</source>
        <translation>%1 的轮次评分给 %2 的等级超出了评分细则的范围。</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>The export to %1 was cancelled; nothing was written.</source>
        <translation>导出到 %1 已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>The bundle %1 could not be written: %2</source>
        <translation>无法写入资料包 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to share: it takes %2 MB, and a bundle entry may take at most %3 MB.</source>
        <translation>%1 过大，无法共享：它占用 %2 MB，而资料包中的一个条目最多只能占用 %3 MB。</translation>
    </message>
    <message>
        <source>The use case %1 (&quot;%2&quot;)</source>
        <translation>用例 %1（“%2”）</translation>
    </message>
    <message>
        <source>The assessment by %1</source>
        <translation>%1 的评估</translation>
    </message>
    <message>
        <source>it would hold %1 records (use cases, assessments and deleted records), and a bundle may hold at most %2; choose fewer use cases.</source>
        <translation>它将包含 %1 条记录（用例、评估和已删除记录），而一个资料包最多只能包含 %2 条；请选择较少的用例。</translation>
    </message>
    <message>
        <source>it would hold %1 files, and a bundle may hold at most %2; choose fewer use cases or leave the attachments out.</source>
        <translation>它将包含 %1 个文件，而一个资料包最多只能包含 %2 个；请选择较少的用例或不包含附件。</translation>
    </message>
    <message>
        <source>%1 takes %2 MB, and a bundle entry may take at most %3 MB.</source>
        <translation>%1 占用 %2 MB，而资料包中的一个条目最多只能占用 %3 MB。</translation>
    </message>
    <message>
        <source>its records would take %1 MB as JSON, and a bundle may take at most %2 MB; choose fewer use cases.</source>
        <translation>其记录以 JSON 形式将占用 %1 MB，而一个资料包最多只能占用 %2 MB；请选择较少的用例。</translation>
    </message>
    <message>
        <source>its files would take %1 MB unpacked, and a bundle may take at most %2 MB; choose fewer use cases or leave the attachments out.</source>
        <translation>其文件解压后将占用 %1 MB，而一个资料包最多只能占用 %2 MB；请选择较少的用例或不包含附件。</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>Cannot record the changes of this write.</source>
        <translation>无法记录此次写入的更改。</translation>
    </message>
    <message>
        <source>Cannot apply the changes.</source>
        <translation>无法应用这些更改。</translation>
    </message>
    <message>
        <source>Cannot read the recorded changes.</source>
        <translation>无法读取已记录的更改。</translation>
    </message>
</context>
<context>
    <name>ChartFigure</name>
    <message>
        <source>Weights: %1</source>
        <translation>权重：%1</translation>
    </message>
    <message>
        <source>Casebook, %1</source>
        <translation>Casebook，%1</translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>无法将图表写入 %1。</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>没有可导出的图表。</translation>
    </message>
    <message>
        <source>Choose a width between %1 and %2 pixels.</source>
        <translation>请选择 %1 到 %2 像素之间的宽度。</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>The column synonyms table is not valid.</source>
        <translation>列同义词表无效。</translation>
    </message>
</context>
<context>
    <name>CompareLimits</name>
    <message numerus="yes">
        <source>Choose at least %1 use cases to compare; %n chosen.</source>
        <translation>
            <numerusform>请至少选择 %1 个用例进行比较；已选择 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %1 use cases to compare; %n chosen. Narrow the selection, the tag or the search.</source>
        <translation>
            <numerusform>最多选择 %1 个用例进行比较；已选择 %n 个。请缩小所选范围、标签或搜索条件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTables</name>
    <message>
        <source>Hidden until the facilitator reveals the scores (R).</source>
        <translation>在主持人公布评分前隐藏（R）。</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>可靠</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>do not rely on it</source>
        <translation>不可依赖</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Below the rubric&apos;s minimum coverage: listed, not ranked.</source>
        <translation>低于评分细则的最低覆盖率：列出但不参与排名。</translation>
    </message>
    <message>
        <source>Rank with the rubric&apos;s weights: %1</source>
        <translation>按评分细则权重的排名：%1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Lowest and highest of the assessors&apos; own indices (assessors: %1)</source>
        <translation>各评估人自身指数中的最低值和最高值（评估人：%1）</translation>
    </message>
    <message>
        <source>%1 (below minimum)</source>
        <translation>%1（低于最低要求）</translation>
    </message>
    <message>
        <source>α %1, %2</source>
        <translation>α %1，%2</translation>
    </message>
    <message>
        <source>one assessor</source>
        <translation>仅一位评估人</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>等级 %1：%2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Assessors&apos; range</source>
        <translation>评估人范围</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>相同？</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ 不同</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= 相同</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Widest spread</source>
        <translation>最大离散度</translation>
    </message>
    <message>
        <source>In</source>
        <translation>所在</translation>
    </message>
    <message>
        <source>Wide in</source>
        <translation>离散较大于</translation>
    </message>
    <message>
        <source>α interval</source>
        <translation>α（等距）</translation>
    </message>
    <message>
        <source>α ordinal</source>
        <translation>α（顺序）</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>The top of a ranking needs at least one place, not %1.</source>
        <translation>排名前列至少需要一个名次，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>ComparisonLoader</name>
    <message>
        <source>No use case matches the selection; nothing to compare.</source>
        <translation>没有用例符合所选条件；没有可比较的内容。</translation>
    </message>
    <message>
        <source>Every use case of the selection is restricted (%1); add --include-restricted to compare them.</source>
        <translation>所选用例全部受限（%1）；添加 --include-restricted 即可比较。</translation>
    </message>
</context>
<context>
    <name>ComparisonSelection</name>
    <message>
        <source>Choose the use cases to compare: --ids, --tag, --query or --workshop.</source>
        <translation>请选择要比较的用例：--ids、--tag、--query 或 --workshop。</translation>
    </message>
    <message>
        <source>--workshop chooses the use cases itself; leave out --ids, --tag, --query and --since.</source>
        <translation>--workshop 会自行选择用例；请勿同时使用 --ids、--tag、--query 和 --since。</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has no use case.</source>
        <translation>研讨会“%1”没有用例。</translation>
    </message>
    <message>
        <source>There is no workshop named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的研讨会。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: the row has a value in column %2, but the header has only %3 columns.</source>
        <translation>第 %1 行：该行在第 %2 列有值，但表头只有 %3 列。</translation>
    </message>
    <message>
        <source>line %1: the file has more than %2 rows, the most Casebook reads at once.</source>
        <translation>第 %1 行：文件超过 %2 行，这是 Casebook 一次最多读取的行数。</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>文件为空：没有表头行。</translation>
    </message>
    <message>
        <source>line %1: a value is longer than %2 KB, the most Casebook reads in one cell.</source>
        <translation>第 %1 行：某个值超过 %2 KB，这是 Casebook 在一个单元格中最多读取的大小。</translation>
    </message>
    <message>
        <source>line %1: the row has more than %2 columns, the most Casebook reads.</source>
        <translation>第 %1 行：该行超过 %2 列，这是 Casebook 最多读取的列数。</translation>
    </message>
    <message>
        <source>line %1: a quoted value is never closed.</source>
        <translation>第 %1 行：带引号的值没有闭合。</translation>
    </message>
    <message>
        <source>line %1: a quoted value is followed by other text; write a quote inside a quoted value as two quotes (&quot;&quot;).</source>
        <translation>第 %1 行：带引号的值后面还有其他文本；在带引号的值中，请用两个引号（&quot;&quot;）表示一个引号。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most Casebook reads at once.</source>
        <translation>文件大于 %1 MB，这是 Casebook 一次最多读取的大小。</translation>
    </message>
    <message>
        <source>line %1: the file contains a NUL character, which a text file never does.</source>
        <translation>第 %1 行：文件包含 NUL 字符，而文本文件从不包含此字符。</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-16.</source>
        <translation>第 %1 行：文本不是有效的 UTF-16。</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8; save the sheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>第 %1 行：文本不是有效的 UTF-8；请将表格另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>The separator must be a comma, a semicolon or a tab.</source>
        <translation>分隔符必须是逗号、分号或制表符。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>无法打开文件 %1。</translation>
    </message>
    <message>
        <source>line %1: the header has more than %2 columns, the most Casebook reads.</source>
        <translation>第 %1 行：表头超过 %2 列，这是 Casebook 最多读取的列数。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>无法写入 CSV 文件。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Casebook database: it is not a regular file.</source>
        <translation>%1 不是 Casebook 数据库：它不是普通文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a Casebook database (it is not an SQLite database file).</source>
        <translation>%1 不是 Casebook 数据库（不是 SQLite 数据库文件）。</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its header is invalid.</source>
        <translation>数据库 %1 已损坏：其文件头无效。</translation>
    </message>
    <message>
        <source>The database %1 is damaged and was not changed.</source>
        <translation>数据库 %1 已损坏，未对其做任何更改。</translation>
    </message>
    <message>
        <source>The newest backup is %1.</source>
        <translation>最新的备份是 %1。</translation>
    </message>
    <message>
        <source>Cannot check the database %1.</source>
        <translation>无法检查数据库 %1。</translation>
    </message>
    <message>
        <source>%1 failed on %2.</source>
        <translation>%1 在 %2 上失败。</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Casebook (schema %2; this version reads up to %3). Update Casebook to open it.</source>
        <translation>%1 由较新版本的 Casebook 写入（模式 %2；此版本最高只能读取 %3）。请更新 Casebook 后再打开。</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>Cannot read the database %1.</source>
        <translation>无法读取数据库 %1。</translation>
    </message>
    <message>
        <source>%1 is not a Casebook database (it is an SQLite database of another application).</source>
        <translation>%1 不是 Casebook 数据库（它是其他应用程序的 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1.</source>
        <translation>无法准备数据库 %1。</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was left unchanged.</source>
        <translation>升级前无法备份 %1，因此未对其做任何更改。</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema version %2; it was left unchanged at version %3.</source>
        <translation>无法将 %1 升级到模式版本 %2；它保持在版本 %3 不变。</translation>
    </message>
    <message>
        <source>Setting the schema version</source>
        <translation>正在设置模式版本</translation>
    </message>
    <message>
        <source>The backup cannot be written over the open database %1.</source>
        <translation>备份不能覆盖已打开的数据库 %1。</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: the folder does not exist.</source>
        <translation>无法写入备份 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>无法写入备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 did not verify and was not kept.</source>
        <translation>备份 %1 未通过校验，已被丢弃。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>正在开始事务</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>事务已经结束。</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>正在保存更改</translation>
    </message>
    <message>
        <source>Giving assessors an identity</source>
        <translation>正在为评估人分配身份标识</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>正在准备语句</translation>
    </message>
    <message>
        <source>The check of %1 was stopped.</source>
        <translation>已停止检查 %1。</translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen use case(s)</source>
        <translation>
            <numerusform>已选 %n 个用例</numerusform>
        </translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>changed since %1</source>
        <translation>自 %1 以来更改的</translation>
    </message>
    <message>
        <source>No use case has the UUID or code &apos;%1&apos;.</source>
        <translation>没有 UUID 或代码为“%1”的用例。</translation>
    </message>
    <message>
        <source>restricted use cases included</source>
        <translation>包含受限用例</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out</source>
        <translation>
            <numerusform>未包含 %n 个受限用例</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetCounter</name>
    <message>
        <source>Counting the facets was cancelled.</source>
        <translation>分面计数已取消。</translation>
    </message>
</context>
<context>
    <name>FieldMatrix</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>ITU-D 区域</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>发展背景</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>部署阶段</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>审批状态</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>来源组织</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation>所用标准</translation>
    </message>
    <message>
        <source>Security baselines</source>
        <translation>安全基线</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>标准化差距</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>GapRepository</name>
    <message>
        <source>Reading the gaps</source>
        <translation>正在读取差距</translation>
    </message>
</context>
<context>
    <name>HeatMapChart</name>
    <message>
        <source>Median level (↕ spread in levels):</source>
        <translation>中位等级（↕ 等级离散度）：</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
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
        <translation>正在读取用例的历史记录</translation>
    </message>
    <message>
        <source>Keeping an earlier version of a use case</source>
        <translation>正在保留用例的早期版本</translation>
    </message>
    <message>
        <source>Reading the history of an assessment</source>
        <translation>正在读取评估的历史记录</translation>
    </message>
    <message>
        <source>Keeping an earlier version of an assessment</source>
        <translation>正在保留评估的早期版本</translation>
    </message>
    <message>
        <source>Reading deleted records</source>
        <translation>正在读取已删除的记录</translation>
    </message>
</context>
<context>
    <name>Iec62559UseCaseMapper</name>
    <message>
        <source>%1, line %2: &lt;%3&gt; %4; nothing was imported.</source>
        <translation>%1，第 %2 行：&lt;%3&gt; %4；未导入任何内容。</translation>
    </message>
    <message>
        <source>holds &apos;%1&apos;, whose value is not the JSON Casebook writes</source>
        <translation>包含“%1”，其值不是 Casebook 写入的 JSON</translation>
    </message>
    <message>
        <source>has no &lt;name&gt;, which the schema requires</source>
        <translation>缺少模式所要求的 &lt;name&gt;</translation>
    </message>
    <message>
        <source>has no &lt;technicalId&gt;, which the schema requires</source>
        <translation>缺少模式所要求的 &lt;technicalId&gt;</translation>
    </message>
</context>
<context>
    <name>Iec62559XmlReader</name>
    <message>
        <source>%1, line %2: &lt;%3&gt; %4; nothing was imported.</source>
        <translation>%1，第 %2 行：&lt;%3&gt; %4；未导入任何内容。</translation>
    </message>
    <message>
        <source>has no &lt;technicalId&gt;, which the schema requires</source>
        <translation>缺少模式所要求的 &lt;technicalId&gt;</translation>
    </message>
    <message>
        <source>has the technicalId &apos;%1&apos; of another element</source>
        <translation>使用了另一个元素的 technicalId“%1”</translation>
    </message>
    <message>
        <source>not imported, because no use case of the file refers to them: %1.</source>
        <translation>未导入，因为文件中没有用例引用它们：%1。</translation>
    </message>
    <message>
        <source>is not the root of an IEC 62559-3 document (&lt;UseCaseRepository&gt; or &lt;CPSFramework&gt; in the namespace &quot;cpsframework&quot;)</source>
        <translation>不是 IEC 62559-3 文档的根元素（命名空间 &quot;cpsframework&quot; 中的 &lt;UseCaseRepository&gt; 或 &lt;CPSFramework&gt;）</translation>
    </message>
    <message>
        <source>holds more than %1 use cases, the most one import takes</source>
        <translation>包含超过 %1 个用例，这是一次导入的上限</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (line %2): kept with the record, under &quot;%3&quot;, what Casebook has no field for: %4.</source>
        <translation>“%1”（第 %2 行）：Casebook 没有对应字段的内容已随记录保存在“%3”下：%4。</translation>
    </message>
</context>
<context>
    <name>Iec62559XmlWriter</name>
    <message>
        <source>Use cases from Casebook</source>
        <translation>来自 Casebook 的用例</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>ImportCodes</name>
    <message>
        <source>The code %1 of &quot;%2&quot; is used here by another use case; &quot;%2&quot; has the code %3 here.</source>
        <translation>“%2”的代码 %1 在本地已被另一个用例使用；“%2”在本地的代码为 %3。</translation>
    </message>
    <message>
        <source>The team repository gives the code %1 to another use case, so &quot;%2&quot; has the new code %3 here; the next sync sends it.</source>
        <translation>团队仓库将代码 %1 分配给另一个用例，因此“%2”在本地获得新代码 %3；下次同步时会发送该代码。</translation>
    </message>
</context>
<context>
    <name>ImportFailure</name>
    <message>
        <source>Nothing was changed: the import did not happen.</source>
        <translation>未做任何更改：导入没有进行。</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>%1: this kind of file cannot be imported (expected a .casebook bundle, a .csv spreadsheet, a .json file or IEC 62559-3 .xml).</source>
        <translation>%1：无法导入此类文件（应为 .casebook 资料包、.csv 电子表格、.json 文件或 IEC 62559-3 .xml 文件）。</translation>
    </message>
    <message>
        <source>Bundles, spreadsheets, JSON and IEC 62559-3 XML (*.casebook *.csv *.txt *.tsv *.json *.xml);;Casebook bundles (*.casebook);;Spreadsheets (*.csv *.txt *.tsv);;JSON (*.json);;IEC 62559-3 XML (*.xml);;All files (*)</source>
        <translation>资料包、电子表格、JSON 和 IEC 62559-3 XML (*.casebook *.csv *.txt *.tsv *.json *.xml);;Casebook 资料包 (*.casebook);;电子表格 (*.csv *.txt *.tsv);;JSON (*.json);;IEC 62559-3 XML (*.xml);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportLogRepository</name>
    <message>
        <source>Logging the import</source>
        <translation>正在记录导入</translation>
    </message>
    <message>
        <source>Reading the import log</source>
        <translation>正在读取导入日志</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Changed there only</source>
        <translation>仅对方有更改</translation>
    </message>
    <message>
        <source>Changed here only</source>
        <translation>仅本地有更改</translation>
    </message>
    <message>
        <source>Changed on both sides, merged</source>
        <translation>双方均有更改，已合并</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Deleted there</source>
        <translation>对方已删除</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>本地已删除</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>Deleted here on %1.</source>
        <translation>于 %1 在本地删除。</translation>
    </message>
    <message>
        <source>The code %1 is already used here by &quot;%2&quot;; the use case will get a new code.</source>
        <translation>代码 %1 在本地已被“%2”使用；该用例将获得新代码。</translation>
    </message>
    <message>
        <source>No common earlier version is known, so every difference is a choice.</source>
        <translation>没有已知的共同早期版本，因此每处差异都需要选择。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Both copies are revision %1 of this assessment with different scores.</source>
        <translation>两份副本都是此评估的第 %1 版，但评分不同。</translation>
    </message>
    <message>
        <source>The %1 %2 appears twice.</source>
        <translation>%1 %2 出现了两次。</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>The record %1 is both present and deleted in %2.</source>
        <translation>记录 %1 在 %2 中既存在又被删除。</translation>
    </message>
    <message>
        <source>rubric</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; names the attachment %2, whose file is missing.</source>
        <translation>用例“%1”引用了附件 %2，但其文件缺失。</translation>
    </message>
    <message>
        <source>The file %1 of &quot;%2&quot; was left out of this bundle; ask the sender for a bundle with attachments.</source>
        <translation>“%2”的文件 %1 未包含在此资料包中；请向发送者索取包含附件的资料包。</translation>
    </message>
    <message>
        <source>A different rubric with this UUID is stored here; rubric versions never change, so the local one is kept.</source>
        <translation>本地已存储具有此 UUID 的另一份评分细则；评分细则的版本从不更改，因此保留本地版本。</translation>
    </message>
    <message>
        <source>Version %1 of this rubric is already stored here with another UUID; the local one is kept.</source>
        <translation>此评分细则的第 %1 版已以另一个 UUID 存储在本地；保留本地版本。</translation>
    </message>
    <message>
        <source>Deleted there on %1.</source>
        <translation>于 %1 在对方删除。</translation>
    </message>
    <message>
        <source>The repository changed since the preview, so nothing was imported; preview %1 again.</source>
        <translation>自预览以来存储库已发生变化，因此未导入任何内容；请重新预览 %1。</translation>
    </message>
    <message>
        <source>The merged use case &quot;%1&quot; is not valid.</source>
        <translation>合并后的用例“%1”无效。</translation>
    </message>
    <message>
        <source>It claims to come from the version here but is older than it (modified %1 there, %2 here), so every difference is a choice.</source>
        <translation>它声称源自本地版本，但比本地版本更旧（对方修改于 %1，本地修改于 %2），因此每处差异都需要选择。</translation>
    </message>
    <message>
        <source>at no time</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>The copies name different assessors (%1 here, %2 there).</source>
        <translation>两份副本的评估人不同（本地为 %1，对方为 %2）。</translation>
    </message>
    <message>
        <source>These are your own scores; a copy from elsewhere never replaces them unless you choose it (it says revision %1, yours is %2).</source>
        <translation>这是您自己的评分；除非您选择，来自别处的副本绝不会替换它们（对方为第 %1 版，您的为第 %2 版）。</translation>
    </message>
    <message>
        <source>It is signed with your assessor identity, but you have no such assessment here.</source>
        <translation>它使用了您的评估人身份标识签名，但您在本地没有这样的评估。</translation>
    </message>
    <message>
        <source>Modified there on %1, which is in the future; counted as the time of this import.</source>
        <translation>对方修改于 %1，这是一个未来的时间；按本次导入的时间计。</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; of &quot;%2&quot; could run a program when opened (declared as %3, content looks like %4); open it only if you trust the sender.</source>
        <translation>“%2”的附件“%1”在打开时可能会运行程序（声明为 %3，内容看起来像 %4）；仅在您信任发送者时才打开它。</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>无类型</translation>
    </message>
    <message>
        <source>The code %1 is also used here by &quot;%2&quot;: the use case made first keeps it, the other gets a new code.</source>
        <translation>代码 %1 在本地也被“%2”使用：先创建的用例保留该代码，另一个获得新代码。</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%1 added, %2 updated, %3 unchanged, %n conflict(s), %4 deleted, %5 restored</source>
        <translation>
            <numerusform>新增 %1，更新 %2，未变 %3，冲突 %n，删除 %4，恢复 %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTakeBack</name>
    <message>
        <source>The import %1 of %2 was already taken back (%3).</source>
        <translation>导入 %1（%2）已于 %3 撤销。</translation>
    </message>
    <message>
        <source>The import %1 came from a sync (%2); a sync cannot be taken back.</source>
        <translation>导入 %1 来自同步（%2）；同步无法撤销。</translation>
    </message>
    <message>
        <source>The import %1 of %2 was made by an earlier version of Casebook, which kept a copy of the repository from before it instead: %3. Open that copy, or copy it over this repository, to go back.</source>
        <translation>导入 %1（%2）由较早版本的 Casebook 执行，该版本保留的是导入前的存储库副本：%3。要恢复原状，请打开该副本，或用它覆盖此存储库。</translation>
    </message>
    <message>
        <source>The import %1 of %2 can no longer be taken back: Casebook keeps what the newest %3 imports changed.</source>
        <translation>导入 %1（%2）已无法撤销：Casebook 只保留最近 %3 次导入所做的更改。</translation>
    </message>
    <message>
        <source>The import %1 of %2 was made before this repository was upgraded to a newer Casebook, so it cannot be taken back.</source>
        <translation>导入 %1（%2）是在此存储库升级到较新版本的 Casebook 之前进行的，因此无法撤销。</translation>
    </message>
    <message>
        <source>The import %1 of %2 cannot be taken back: the use case %3 changed after it (edited here, or changed by a later import, which must be taken back first). Nothing was changed.</source>
        <translation>导入 %1（%2）无法撤销：用例 %3 在此之后发生了更改（在此处被编辑过，或被之后的导入更改过，须先撤销那次导入）。未做任何更改。</translation>
    </message>
    <message>
        <source>The import %1 of %2 cannot be taken back: a record it changed has changed after it (edited here, or changed by a later import, which must be taken back first). Nothing was changed.</source>
        <translation>导入 %1（%2）无法撤销：它更改过的一条记录在此之后又发生了更改（在此处被编辑过，或被之后的导入更改过，须先撤销那次导入）。未做任何更改。</translation>
    </message>
    <message>
        <source>There is no import %1 in this repository.</source>
        <translation>此存储库中没有导入 %1。</translation>
    </message>
    <message>
        <source>Taking back the import %1 of %2 was cancelled; nothing was changed.</source>
        <translation>撤销导入 %1（%2）已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>The import %1 of %2 cannot be taken back: the use case %3, which it added, has been scored since, and taking the import back would remove those scores with it. Nothing was changed.</source>
        <translation>导入 %1（%2）无法撤销：它添加的用例 %3 此后已被评分，撤销这次导入会连同这些评分一起删除。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>The assessment by %1 was not imported: its use case or rubric is not here.</source>
        <translation>%1 的评估未导入：本地没有其用例或评分细则。</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was imported.</source>
        <translation>%1 的导入已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>The round %1 scores of %2 were not imported: %3</source>
        <translation>%2 的第 %1 轮评分未导入：%3</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>必须是文本值</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>长度为 %1 个字符；上限为 %2</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>包含控制字符</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不得为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>“%1”不是 UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>“%1”不是 ISO 8601 日期时间</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation>有 %1 项；上限为 %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
</context>
<context>
    <name>MoCatalog</name>
    <message>
        <source>The file is not a gettext message catalogue.</source>
        <translation>该文件不是 gettext 消息目录。</translation>
    </message>
    <message>
        <source>The message catalogue is damaged.</source>
        <translation>消息目录已损坏。</translation>
    </message>
</context>
<context>
    <name>OdtFinisher</name>
    <message>
        <source>Cannot write the report.</source>
        <translation>无法写入报告。</translation>
    </message>
</context>
<context>
    <name>OperationProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PgConnInfo</name>
    <message>
        <source>Casebook cannot use the team repository address %1: a value contains &apos;;&apos;, which Qt&apos;s PostgreSQL driver does not pass on.</source>
        <translation>Casebook 无法使用团队存储库地址 %1：某个值包含“;”，而 Qt 的 PostgreSQL 驱动不会传递它。</translation>
    </message>
    <message>
        <source>Casebook cannot use the team repository address %1: it names several hosts; give one.</source>
        <translation>Casebook 无法使用团队存储库地址 %1：其中指定了多个主机；请只指定一个。</translation>
    </message>
    <message>
        <source>Casebook cannot use the team repository address %1: its host or port is not valid.</source>
        <translation>Casebook 无法使用团队存储库地址 %1：其主机或端口无效。</translation>
    </message>
    <message>
        <source>Casebook cannot use the team repository address %1: its parameter &apos;%2&apos; is not a keyword=value pair.</source>
        <translation>Casebook 无法使用团队存储库地址 %1：其参数“%2”不是“关键字=值”的形式。</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Could not connect to the team repository %1: %2</source>
        <translation>无法连接到团队存储库 %1：%2</translation>
    </message>
    <message>
        <source>The team repository refused it: %1.</source>
        <translation>团队存储库拒绝了此操作：%1。</translation>
    </message>
    <message>
        <source>The team repository failed: %1.</source>
        <translation>团队存储库出错：%1。</translation>
    </message>
    <message>
        <source>Syncing needs Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql), which could not be loaded.</source>
        <translation>同步需要 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql），但无法加载它。</translation>
    </message>
</context>
<context>
    <name>PgStatement</name>
    <message>
        <source>The team repository failed: a statement lacks a value.</source>
        <translation>团队存储库出错：某条语句缺少一个值。</translation>
    </message>
    <message>
        <source>The team repository cannot store text that contains a NUL character.</source>
        <translation>团队存储库无法存储包含 NUL 字符的文本。</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Overall index of each use case (0 to 100); the whisker and the numbers in brackets span the lowest to the highest index its assessors gave: %1.</source>
        <translation>每个用例的总体指数（0 到 100）；须线和方括号中的数字表示其评估人给出的最低到最高指数：%1。</translation>
    </message>
    <message>
        <source>Each spoke is a part of the rubric on a scale of 0 to 100; each line is a use case, with its own line style and marker: %1.</source>
        <translation>每条辐射轴是评分细则的一部分，刻度为 0 到 100；每条线是一个用例，有各自的线型和标记：%1。</translation>
    </message>
    <message>
        <source>Overall index with the assessors&apos; range</source>
        <translation>总体指数及评估人评分范围</translation>
    </message>
    <message>
        <source>Profile of the leading use cases</source>
        <translation>领先用例的概况</translation>
    </message>
</context>
<context>
    <name>ReportFileWriter</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>报告已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Cannot write the report %1.</source>
        <translation>无法写入报告 %1。</translation>
    </message>
    <message>
        <source>Cannot write the report.</source>
        <translation>无法写入报告。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>Arabic (Debian package fonts-noto-core)</source>
        <translation>阿拉伯文（Debian 软件包 fonts-noto-core）</translation>
    </message>
    <message>
        <source>Chinese (Debian package fonts-noto-cjk)</source>
        <translation>中文（Debian 软件包 fonts-noto-cjk）</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>INTERNATIONAL TELECOMMUNICATION UNION</source>
        <translation>国际电信联盟</translation>
    </message>
    <message>
        <source>TELECOMMUNICATION STANDARDIZATION SECTOR</source>
        <translation>电信标准化部门</translation>
    </message>
    <message>
        <source>Question(s):</source>
        <translation>课题：</translation>
    </message>
    <message>
        <source>Meeting, date:</source>
        <translation>会议、日期：</translation>
    </message>
    <message>
        <source>Study Group:</source>
        <translation>研究组：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>目的：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>关键词：</translation>
    </message>
    <message>
        <source>Abstract:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Comparison and ranking</source>
        <translation>比较与排名</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>标准化差距</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>not computable (too few paired scores)</source>
        <translation>无法计算（成对评分过少）</translation>
    </message>
    <message>
        <source> (95% interval %1 to %2)</source>
        <translation>（95% 区间为 %1 至 %2）</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Each criterion is scored from %1 to %2 by each assessor. A use case&apos;s index (0 to 100) is the weighted mean of the per-criterion medians across assessors; criteria not applicable are left out and the other weights renormalised. Coverage is the share of the rubric&apos;s weight that was scored; use cases below the minimum coverage are listed but not ranked.</source>
        <translation>每位评估人对每项准则按 %1 到 %2 评分。用例的指数（0 到 100）是各准则在评估人之间的中位数的加权平均值；不适用的准则不计入，其余权重重新归一化。覆盖率是评分细则中已评分部分所占的权重比例；覆盖率低于最低要求的用例会列出，但不参与排名。</translation>
    </message>
    <message>
        <source>%1 at level %2 or below: %3</source>
        <translation>%1 处于等级 %2 或以下：%3</translation>
    </message>
    <message>
        <source>Knock-out rules (they fire when any assessor scores at or below the level)</source>
        <translation>一票否决规则（任何评估人评分达到或低于该等级时即触发）</translation>
    </message>
    <message>
        <source>Agreement between assessors (Krippendorff&apos;s alpha, interval)</source>
        <translation>评估人之间的一致性（Krippendorff alpha，等距）</translation>
    </message>
    <message>
        <source>Agreement between assessors (Krippendorff&apos;s alpha, ordinal)</source>
        <translation>评估人之间的一致性（Krippendorff alpha，顺序）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>离散度</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>The use cases of this report record no standardization gap.</source>
        <translation>本报告中的用例未记录任何标准化差距。</translation>
    </message>
    <message>
        <source>Facet not given</source>
        <translation>未指定分面</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n gap(s))</source>
        <translation>
            <numerusform>%1（%n 个差距）</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>候选标准制定组织</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>课题</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>用例</translation>
    </message>
</context>
<context>
    <name>ReportUseCaseHtml</name>
    <message>
        <source>Description of the use case</source>
        <translation>用例描述</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>来源组织</translation>
    </message>
    <message>
        <source>Area / domains</source>
        <translation>领域/域</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>简要描述</translation>
    </message>
    <message>
        <source>Complete description</source>
        <translation>完整描述</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>效益</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>Generic, regional or national relation</source>
        <translation>通用、区域或国家关系</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>部署阶段</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>发展背景</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>ITU-D 区域</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>ITU-T 课题</translation>
    </message>
    <message>
        <source>Related Recommendations</source>
        <translation>相关建议书</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>更多信息</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>关键绩效指标</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>随时间变化</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Actors and references</source>
        <translation>参与者与参考资料</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>分面</translation>
    </message>
    <message>
        <source>Conformance tested</source>
        <translation>已做一致性测试</translation>
    </message>
    <message>
        <source>Scenarios and steps</source>
        <translation>场景与步骤</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Primary actor</source>
        <translation>主要参与者</translation>
    </message>
    <message>
        <source>Triggering event</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <source>Pre-conditions</source>
        <translation>前置条件</translation>
    </message>
    <message>
        <source>Post-conditions</source>
        <translation>后置条件</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接收者</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>交换的信息</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>数据模型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Not assessed against this rubric.</source>
        <translation>未按此评分细则进行评估。</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>未排名</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>离散度</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Rationales</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>标准化差距</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>候选标准制定组织</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>课题</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
</context>
<context>
    <name>RoundDistribution</name>
    <message>
        <source>The workshop &quot;%1&quot; has no round %2.</source>
        <translation>研讨会“%1”没有第 %2 轮。</translation>
    </message>
    <message>
        <source>The scores of round %1 are hidden until the facilitator reveals them; each assessor sees only their own.</source>
        <translation>在主持人公布之前，第 %1 轮的评分保持隐藏；每位评估人只能看到自己的评分。</translation>
    </message>
</context>
<context>
    <name>RoundSheetRepository</name>
    <message>
        <source>The workshop &quot;%1&quot; has no round %2.</source>
        <translation>研讨会“%1”没有第 %2 轮。</translation>
    </message>
    <message>
        <source>Scores of a round need the assessor&apos;s identity and name.</source>
        <translation>轮次评分需要评估人的身份标识和姓名。</translation>
    </message>
    <message>
        <source>A round sheet holds too many scores.</source>
        <translation>一张轮次评分表包含的评分过多。</translation>
    </message>
    <message>
        <source>The use case %1 is not part of the workshop &quot;%2&quot;.</source>
        <translation>用例 %1 不属于研讨会“%2”。</translation>
    </message>
    <message>
        <source>Round scores with the UUID %1 already exist.</source>
        <translation>UUID 为 %1 的轮次评分已存在。</translation>
    </message>
    <message>
        <source>Saving the round&apos;s scores</source>
        <translation>正在保存轮次评分</translation>
    </message>
    <message>
        <source>Reading round scores</source>
        <translation>正在读取轮次评分</translation>
    </message>
    <message>
        <source>Stored round scores cannot be read.</source>
        <translation>无法读取已存储的轮次评分。</translation>
    </message>
</context>
<context>
    <name>RoundTables</name>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>离散度</translation>
    </message>
    <message>
        <source>Spread, round %1</source>
        <translation>离散度，第 %1 轮</translation>
    </message>
    <message>
        <source>α, round %1</source>
        <translation>α，第 %1 轮</translation>
    </message>
</context>
<context>
    <name>RubricEditing</name>
    <message>
        <source>The rubric needs a name.</source>
        <translation>评分细则需要一个名称。</translation>
    </message>
    <message>
        <source>The rubric&apos;s name is longer than 500 characters.</source>
        <translation>评分细则的名称超过 500 个字符。</translation>
    </message>
    <message>
        <source>The scale needs a lowest level of 0 or more and a highest level above it (at most 100).</source>
        <translation>量表的最低等级须为 0 或以上，最高等级须高于最低等级（最多为 100）。</translation>
    </message>
    <message>
        <source>The rubric needs at least one dimension.</source>
        <translation>评分细则至少需要一个维度。</translation>
    </message>
    <message>
        <source>Dimension %1 needs a name.</source>
        <translation>维度 %1 需要一个名称。</translation>
    </message>
    <message>
        <source>The dimension id %1 is used twice.</source>
        <translation>维度标识 %1 被使用了两次。</translation>
    </message>
    <message>
        <source>The dimension &quot;%1&quot; has no criteria.</source>
        <translation>维度“%1”没有准则。</translation>
    </message>
    <message>
        <source>criterion %1.%2</source>
        <translation>准则 %1.%2</translation>
    </message>
    <message>
        <source>%1 needs an id of 1 to 32 characters.</source>
        <translation>%1 需要一个 1 到 32 个字符的标识。</translation>
    </message>
    <message>
        <source>The criterion id %1 is used twice.</source>
        <translation>准则标识 %1 被使用了两次。</translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation>%1 需要一个名称。</translation>
    </message>
    <message>
        <source>%1: the weight must be a number of 0 or more.</source>
        <translation>%1：权重必须是大于或等于 0 的数。</translation>
    </message>
    <message>
        <source>%1: level %2 needs a descriptor.</source>
        <translation>%1：等级 %2 需要一个描述。</translation>
    </message>
    <message>
        <source>%1 has %2 level descriptors; the scale needs %3.</source>
        <translation>%1 有 %2 个等级描述；量表需要 %3 个。</translation>
    </message>
    <message>
        <source>At least one criterion needs a weight above 0.</source>
        <translation>至少需要一项准则的权重大于 0。</translation>
    </message>
    <message>
        <source>A warning rule names the criterion %1, which is not in the rubric.</source>
        <translation>某条警告规则引用了准则 %1，但评分细则中没有该准则。</translation>
    </message>
</context>
<context>
    <name>RubricFile</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a rubric is much smaller.</source>
        <translation>%1 大于 %2 MB；评分细则远小于此。</translation>
    </message>
    <message>
        <source>%1 must hold one rubric object.</source>
        <translation>%1 必须只包含一个评分细则对象。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>RubricJson</name>
    <message>
        <source>this is not a Casebook rubric (format is &apos;%1&apos;)</source>
        <translation>这不是 Casebook 评分细则（格式为“%1”）</translation>
    </message>
    <message>
        <source>this rubric was made by a newer Casebook; update Casebook to open it</source>
        <translation>此评分细则由较新版本的 Casebook 创建；请更新 Casebook 后再打开</translation>
    </message>
    <message>
        <source>uuid: &apos;%1&apos; is not a UUID</source>
        <translation>uuid：“%1”不是 UUID</translation>
    </message>
    <message>
        <source>name: a rubric needs a name of at most 500 characters</source>
        <translation>name：评分细则需要一个不超过 500 个字符的名称</translation>
    </message>
    <message>
        <source>version: must be a whole number from 1</source>
        <translation>version：必须是从 1 开始的整数</translation>
    </message>
    <message>
        <source>scale: min must be 0 or more and max greater than min (at most 100)</source>
        <translation>scale：min 必须为 0 或以上，max 必须大于 min（最多为 100）</translation>
    </message>
    <message>
        <source>scale.labels: must be a list of texts</source>
        <translation>scale.labels：必须是文本列表</translation>
    </message>
    <message>
        <source>dimensions: a rubric needs at least one dimension</source>
        <translation>dimensions：评分细则至少需要一个维度</translation>
    </message>
    <message>
        <source>dimensions[%1]: needs a name</source>
        <translation>dimensions[%1]：需要一个名称</translation>
    </message>
    <message>
        <source>%1: needs an id of 1 to 32 characters</source>
        <translation>%1：需要一个 1 到 32 个字符的标识</translation>
    </message>
    <message>
        <source>%1: the criterion id &apos;%2&apos; is used twice</source>
        <translation>%1：准则标识“%2”被使用了两次</translation>
    </message>
    <message>
        <source>%1: needs a name</source>
        <translation>%1：需要一个名称</translation>
    </message>
    <message>
        <source>%1: weight must be a number of 0 or more</source>
        <translation>%1：weight 必须是大于或等于 0 的数</translation>
    </message>
    <message>
        <source>%1: levels must be a list of texts</source>
        <translation>%1：levels 必须是文本列表</translation>
    </message>
    <message>
        <source>%1: has %2 level descriptors; the scale %3 to %4 needs %5</source>
        <translation>%1：有 %2 个等级描述；%3 到 %4 的量表需要 %5 个</translation>
    </message>
    <message>
        <source>%1: sources must be a list of texts</source>
        <translation>%1：sources 必须是文本列表</translation>
    </message>
    <message>
        <source>weights: at least one criterion needs a weight above 0</source>
        <translation>weights：至少需要一项准则的权重大于 0</translation>
    </message>
    <message>
        <source>knockouts: the criterion &apos;%1&apos; is not in the rubric</source>
        <translation>knockouts：评分细则中没有准则“%1”</translation>
    </message>
    <message>
        <source>min_coverage: must be a number from 0 to 1</source>
        <translation>min_coverage：必须是 0 到 1 之间的数</translation>
    </message>
</context>
<context>
    <name>RubricRepository</name>
    <message>
        <source>A different rubric with the UUID %1 is already stored; a changed rubric needs a new version.</source>
        <translation>已存储 UUID 为 %1 的另一份评分细则；修改后的评分细则需要新的版本。</translation>
    </message>
    <message>
        <source>Version %1 of the rubric &quot;%2&quot; is already stored.</source>
        <translation>评分细则“%2”的第 %1 版已存储。</translation>
    </message>
    <message>
        <source>Saving the rubric</source>
        <translation>正在保存评分细则</translation>
    </message>
    <message>
        <source>Reading a rubric</source>
        <translation>正在读取评分细则</translation>
    </message>
    <message>
        <source>There is no rubric %1.</source>
        <translation>不存在评分细则 %1。</translation>
    </message>
    <message>
        <source>Listing rubrics</source>
        <translation>正在列出评分细则</translation>
    </message>
</context>
<context>
    <name>SafeXmlReader</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most an XML file may have; it was not read.</source>
        <translation>%1 大于 %2 MB，超过 XML 文件的上限；未读取该文件。</translation>
    </message>
    <message>
        <source>%1, line %2: %3; nothing was imported.</source>
        <translation>%1，第 %2 行：%3；未导入任何内容。</translation>
    </message>
    <message>
        <source>the file has a document type declaration (DOCTYPE), which exchange files never need and which can define entities; it is refused</source>
        <translation>文件含有文档类型声明（DOCTYPE），交换文件从不需要它，而且它可以定义实体；已拒绝该文件</translation>
    </message>
    <message>
        <source>the entity reference &amp;%1; is refused (only &amp;amp;, &amp;lt;, &amp;gt;, &amp;quot;, &amp;apos; and character references are read)</source>
        <translation>已拒绝实体引用 &amp;%1;（只读取 &amp;amp;、&amp;lt;、&amp;gt;、&amp;quot;、&amp;apos; 和字符引用）</translation>
    </message>
    <message>
        <source>the processing instruction &lt;?%1?&gt; is refused</source>
        <translation>已拒绝处理指令 &lt;?%1?&gt;</translation>
    </message>
    <message>
        <source>the file has more than %1 elements</source>
        <translation>文件包含超过 %1 个元素</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>第二个根元素</translation>
    </message>
    <message>
        <source>the attributes of &lt;%1&gt; are longer than %2 characters</source>
        <translation>&lt;%1&gt; 的属性超过 %2 个字符</translation>
    </message>
    <message>
        <source>the text of &lt;%1&gt; is longer than %2 characters</source>
        <translation>&lt;%1&gt; 的文本超过 %2 个字符</translation>
    </message>
    <message>
        <source>%1, line %2: this is not well-formed XML (%3); nothing was imported.</source>
        <translation>%1，第 %2 行：这不是格式正确的 XML（%3）；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 holds no XML element.</source>
        <translation>%1 不包含任何 XML 元素。</translation>
    </message>
</context>
<context>
    <name>SafeZipReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>无法打开文件 %1。</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes), so it is not an archive.</source>
        <translation>此文件为空（0 字节），因此不是压缩包。</translation>
    </message>
    <message>
        <source>This file is not a ZIP archive.</source>
        <translation>此文件不是 ZIP 压缩包。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The archive is malformed and cannot be read safely.</source>
        <translation>压缩包格式错误，无法安全读取。</translation>
    </message>
    <message>
        <source>The archive is cut short (truncated).</source>
        <translation>压缩包被截断。</translation>
    </message>
    <message>
        <source>The archive is empty.</source>
        <translation>压缩包为空。</translation>
    </message>
    <message>
        <source>The archive uses a ZIP extension that is not supported (Zip64).</source>
        <translation>压缩包使用了不受支持的 ZIP 扩展（Zip64）。</translation>
    </message>
    <message>
        <source>The archive is split over several files, which is not supported.</source>
        <translation>压缩包被分割为多个文件，不受支持。</translation>
    </message>
    <message>
        <source>The archive has too many entries (%1; the limit is %2).</source>
        <translation>压缩包的条目过多（%1；上限为 %2）。</translation>
    </message>
    <message>
        <source>The archive contains a symbolic link, which is not allowed: %1.</source>
        <translation>压缩包包含符号链接，这是不允许的：%1。</translation>
    </message>
    <message>
        <source>The archive contains a special file, which is not allowed: %1.</source>
        <translation>压缩包包含特殊文件，这是不允许的：%1。</translation>
    </message>
    <message>
        <source>The archive contains a folder entry, which is not allowed: %1.</source>
        <translation>压缩包包含文件夹条目，这是不允许的：%1。</translation>
    </message>
    <message>
        <source>The archive contains an entry without a name.</source>
        <translation>压缩包包含没有名称的条目。</translation>
    </message>
    <message>
        <source>The archive contains a file name that is too long (%1 characters; the limit is %2): %3.</source>
        <translation>压缩包包含过长的文件名（%1 个字符；上限为 %2）：%3。</translation>
    </message>
    <message>
        <source>The archive contains a file name with a backslash: %1.</source>
        <translation>压缩包包含带反斜杠的文件名：%1。</translation>
    </message>
    <message>
        <source>The archive contains a file name with a drive letter: %1.</source>
        <translation>压缩包包含带盘符的文件名：%1。</translation>
    </message>
    <message>
        <source>The archive contains a file name with an absolute path: %1.</source>
        <translation>压缩包包含带绝对路径的文件名：%1。</translation>
    </message>
    <message>
        <source>The archive contains a file name that points outside the archive: %1.</source>
        <translation>压缩包包含指向压缩包外部的文件名：%1。</translation>
    </message>
    <message>
        <source>The archive contains a file name with an empty or &quot;.&quot; folder name: %1.</source>
        <translation>压缩包包含文件夹名为空或为“.”的文件名：%1。</translation>
    </message>
    <message>
        <source>The archive contains a file name with characters that are not allowed: %1.</source>
        <translation>压缩包包含带有不允许字符的文件名：%1。</translation>
    </message>
    <message>
        <source>The archive contains an encrypted entry: %1.</source>
        <translation>压缩包包含加密条目：%1。</translation>
    </message>
    <message>
        <source>The archive entry %1 uses a compression method that is not supported.</source>
        <translation>压缩包条目 %1 使用了不受支持的压缩方法。</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its size does not match the size it declares).</source>
        <translation>压缩包在条目 %1 处已损坏（其大小与声明的大小不符）。</translation>
    </message>
    <message>
        <source>The archive entry %1 is too large when unpacked (%2 MB; the limit is %3 MB).</source>
        <translation>压缩包条目 %1 解压后过大（%2 MB；上限为 %3 MB）。</translation>
    </message>
    <message>
        <source>The archive entry %1 expands far too much when unpacked (%2 to 1; the limit is %3 to 1).</source>
        <translation>压缩包条目 %1 解压时膨胀过大（%2 比 1；上限为 %3 比 1）。</translation>
    </message>
    <message>
        <source>The archive contains a file outside the allowed layout: %1.</source>
        <translation>压缩包包含允许结构之外的文件：%1。</translation>
    </message>
    <message>
        <source>The archive contains the same file twice: %1.</source>
        <translation>压缩包两次包含同一个文件：%1。</translation>
    </message>
    <message>
        <source>The archive contains two files whose names differ only in upper and lower case: %1 and %2.</source>
        <translation>压缩包包含两个仅大小写不同的文件名：%1 和 %2。</translation>
    </message>
    <message>
        <source>The archive is too large when unpacked (%1 MB; the limit is %2 MB).</source>
        <translation>压缩包解压后过大（%1 MB；上限为 %2 MB）。</translation>
    </message>
    <message>
        <source>The archive is malformed: its entries claim more data than the file holds.</source>
        <translation>压缩包格式错误：其条目声明的数据多于文件实际包含的数据。</translation>
    </message>
    <message>
        <source>The archive is malformed: its entries %1 and %2 overlap.</source>
        <translation>压缩包格式错误：其条目 %1 和 %2 相互重叠。</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its headers do not agree).</source>
        <translation>压缩包在条目 %1 处已损坏（其文件头不一致）。</translation>
    </message>
    <message>
        <source>The archive is missing the file %1.</source>
        <translation>压缩包中缺少文件 %1。</translation>
    </message>
    <message>
        <source>The archive entry %1 does not have the expected size.</source>
        <translation>压缩包条目 %1 的大小不符合预期。</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (it cannot be unpacked).</source>
        <translation>压缩包在条目 %1 处已损坏（无法解压）。</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its checksum does not match).</source>
        <translation>压缩包在条目 %1 处已损坏（校验和不匹配）。</translation>
    </message>
    <message>
        <source>The archive entry %1 has been altered (its SHA-256 fingerprint does not match).</source>
        <translation>压缩包条目 %1 已被篡改（其 SHA-256 指纹不匹配）。</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its data descriptor does not agree with the central directory).</source>
        <translation>压缩包在条目 %1 处已损坏（其数据描述符与中央目录不一致）。</translation>
    </message>
    <message>
        <source>The archive is malformed: %1 bytes after the entry %2 belong to no entry.</source>
        <translation>压缩包格式错误：条目 %2 之后的 %1 字节不属于任何条目。</translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>Listing saved views</source>
        <translation>正在列出已保存的视图</translation>
    </message>
    <message>
        <source>A saved view needs a name of 1 to 200 characters.</source>
        <translation>已保存的视图需要一个 1 到 200 个字符的名称。</translation>
    </message>
    <message>
        <source>Saving the view</source>
        <translation>正在保存视图</translation>
    </message>
    <message>
        <source>Deleting the view</source>
        <translation>正在删除视图</translation>
    </message>
    <message>
        <source>There is no saved view %1.</source>
        <translation>不存在已保存的视图 %1。</translation>
    </message>
</context>
<context>
    <name>ScoreEntry</name>
    <message>
        <source>The rubric &quot;%1&quot; (version %2) has no criterion %3.</source>
        <translation>评分细则“%1”（第 %2 版）没有准则 %3。</translation>
    </message>
    <message>
        <source>%1: level %2 is outside the scale %3 to %4.</source>
        <translation>%1：等级 %2 超出 %3 到 %4 的范围。</translation>
    </message>
    <message>
        <source>%1 has no score; give it a score first.</source>
        <translation>%1 没有评分；请先为其评分。</translation>
    </message>
    <message>
        <source>%1: the confidence &apos;%2&apos; is not low, medium or high.</source>
        <translation>%1：置信度“%2”不是 low、medium 或 high。</translation>
    </message>
</context>
<context>
    <name>ScoreIndex</name>
    <message>
        <source>Updating the score index</source>
        <translation>正在更新评分索引</translation>
    </message>
    <message>
        <source>Reading the score index</source>
        <translation>正在读取评分索引</translation>
    </message>
</context>
<context>
    <name>ScoreReportLoader</name>
    <message>
        <source>Reading rubrics</source>
        <translation>正在读取评分细则</translation>
    </message>
    <message>
        <source>There is no rubric yet; import one or run &apos;init&apos;.</source>
        <translation>尚无评分细则；请导入一份或运行“init”。</translation>
    </message>
    <message>
        <source>Reading use cases</source>
        <translation>正在读取用例</translation>
    </message>
</context>
<context>
    <name>SearchCompletion</name>
    <message>
        <source>a tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>a vertical</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>a Sustainable Development Goal, 1 to 17</source>
        <translation>可持续发展目标，1 到 17</translation>
    </message>
    <message>
        <source>an ITU region</source>
        <translation>国际电联区域</translation>
    </message>
    <message>
        <source>a country (ISO 3166 code)</source>
        <translation>国家（ISO 3166 代码）</translation>
    </message>
    <message>
        <source>a deployment stage</source>
        <translation>部署阶段</translation>
    </message>
    <message>
        <source>a development context</source>
        <translation>发展背景</translation>
    </message>
    <message>
        <source>an approval status</source>
        <translation>审批状态</translation>
    </message>
    <message>
        <source>the interoperability facet of a gap</source>
        <translation>差距的互操作性分面</translation>
    </message>
    <message>
        <source>a gap&apos;s candidate SDO or a standard&apos;s body</source>
        <translation>差距的候选标准制定组织或标准的发布机构</translation>
    </message>
    <message>
        <source>an ITU-T Question, e.g. Q2/20</source>
        <translation>ITU-T 课题，例如 Q2/20</translation>
    </message>
</context>
<context>
    <name>SearchProblem</name>
    <message>
        <source>“%1:” is not a filter, so “%2” was left out.</source>
        <translation>“%1:”不是筛选条件，因此已忽略“%2”。</translation>
    </message>
    <message>
        <source>“%1” was left out: SDGs are numbered 1 to 17.</source>
        <translation>已忽略“%1”：可持续发展目标编号为 1 到 17。</translation>
    </message>
    <message>
        <source>“%1” was left out: “%2” is not a value of the %3 filter.</source>
        <translation>已忽略“%1”：“%2”不是筛选条件 %3 的值。</translation>
    </message>
    <message>
        <source>“%1:” is not a filter, so “%2” was searched as words.</source>
        <translation>“%1:”不是筛选条件，因此“%2”已按词语搜索。</translation>
    </message>
    <message>
        <source>“%1” was left out: it has no letters or digits to search for.</source>
        <translation>已忽略“%1”：其中没有可搜索的字母或数字。</translation>
    </message>
    <message>
        <source>“%1” was left out: a search holds at most %2 words and %3 filter values.</source>
        <translation>已忽略“%1”：一次搜索最多包含 %2 个词语和 %3 个筛选值。</translation>
    </message>
</context>
<context>
    <name>SearchTextDeferral</name>
    <message>
        <source>Updating the search index</source>
        <translation>正在更新搜索索引</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The example use cases are missing from this build.</source>
        <translation>此版本缺少示例用例。</translation>
    </message>
    <message>
        <source>An example use case is invalid.</source>
        <translation>某个示例用例无效。</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>No password was given.</source>
        <translation>未输入密码。</translation>
    </message>
    <message>
        <source>System Keychain</source>
        <translation>系统钥匙串</translation>
    </message>
</context>
<context>
    <name>ServerPasswords</name>
    <message>
        <source>The system keychain is not available, so the password cannot be remembered or read there.</source>
        <translation>系统钥匙串不可用，因此无法在其中记住或读取密码。</translation>
    </message>
</context>
<context>
    <name>ServerRecordCodec</name>
    <message>
        <source>The team repository sent an invalid use case (%1): %2</source>
        <translation>团队存储库发送了无效的用例（%1）：%2</translation>
    </message>
    <message>
        <source>The team repository sent a use case under the wrong identity: %1.</source>
        <translation>团队存储库发送的用例身份标识有误：%1。</translation>
    </message>
    <message>
        <source>The team repository sent an invalid ancestry for %1.</source>
        <translation>团队存储库发送的 %1 的版本谱系无效。</translation>
    </message>
    <message>
        <source>The team repository sent an invalid rubric (%1): %2</source>
        <translation>团队存储库发送了无效的评分细则（%1）：%2</translation>
    </message>
    <message>
        <source>The team repository sent an invalid assessment (%1): %2</source>
        <translation>团队存储库发送了无效的评估（%1）：%2</translation>
    </message>
    <message>
        <source>The team repository sent an attachment whose content does not match its hash.</source>
        <translation>团队存储库发送的附件内容与其哈希值不符。</translation>
    </message>
</context>
<context>
    <name>ServerRepository</name>
    <message>
        <source>The team repository has no identity; run server init again.</source>
        <translation>团队存储库没有身份标识；请重新运行 server init。</translation>
    </message>
    <message>
        <source>%1 is not a member of this team repository; the secretariat adds members with casebook-cli server add-member.</source>
        <translation>%1 不是此团队存储库的成员；秘书处使用 casebook-cli server add-member 添加成员。</translation>
    </message>
    <message>
        <source>The team repository has no use case %1 that you may see.</source>
        <translation>团队存储库中没有您可查看的用例 %1。</translation>
    </message>
    <message>
        <source>The team repository has %1 use cases with the code %2; share them with psql by their UUID.</source>
        <translation>团队存储库中有 %1 个代码为 %2 的用例；请使用 psql 按 UUID 共享它们。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role name.</source>
        <translation>“%1”不是角色名称。</translation>
    </message>
    <message>
        <source>The server has no role %1; nothing was shared.</source>
        <translation>服务器上没有角色 %1；未共享任何内容。</translation>
    </message>
    <message>
        <source>The use case %1 changed on the server meanwhile; nothing was shared. Try again.</source>
        <translation>用例 %1 在此期间已在服务器上更改；未共享任何内容。请重试。</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>Could not set up the team repository (step %1, %2): %3</source>
        <translation>无法设置团队存储库（步骤 %1，%2）：%3</translation>
    </message>
    <message>
        <source>The server is not a Casebook team repository yet; its administrator runs casebook-cli server init first.</source>
        <translation>该服务器尚不是 Casebook 团队存储库；其管理员需先运行 casebook-cli server init。</translation>
    </message>
    <message>
        <source>The team repository was set up by a newer version of Casebook (server schema %1; this version knows %2). Update Casebook.</source>
        <translation>团队存储库由较新版本的 Casebook 设置（服务器模式 %1；此版本只识别 %2）。请更新 Casebook。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a member name: use letters, digits, _ . @ - (at most 63), not starting with casebook_ or pg_.</source>
        <translation>“%1”不能用作成员名称：请使用字母、数字、_ . @ -（最多 63 个），且不要以 casebook_ 或 pg_ 开头。</translation>
    </message>
</context>
<context>
    <name>SheetImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s).</source>
        <translation>
            <numerusform>……以及另外 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a field of its own column, not an extra field</source>
        <translation>“%1”是有自己列的字段，不是额外字段</translation>
    </message>
    <message>
        <source>record %1: must be a use-case object.</source>
        <translation>记录 %1：必须是用例对象。</translation>
    </message>
    <message>
        <source>uuid: &apos;%1&apos; is not a UUID</source>
        <translation>uuid：“%1”不是 UUID</translation>
    </message>
    <message>
        <source>uuid: %1 is already used by %2</source>
        <translation>uuid：%1 已被 %2 使用</translation>
    </message>
    <message>
        <source>code: %1 is already used by %2</source>
        <translation>code：%1 已被 %2 使用</translation>
    </message>
    <message>
        <source>code: %1 belongs to another use case here (&quot;%2&quot;)</source>
        <translation>code：%1 在本地属于另一个用例（“%2”）</translation>
    </message>
    <message numerus="yes">
        <source>The import has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>导入存在 %n 个问题；未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds %1 records; Casebook imports at most %2 at once.</source>
        <translation>文件包含 %1 条记录；Casebook 一次最多导入 %2 条。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 大于 %2 MB。</translation>
    </message>
    <message>
        <source>%1: not a SHA-256 (64 hexadecimal digits)</source>
        <translation>%1：不是 SHA-256（64 位十六进制数字）</translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message>
        <source>The mapping must be a JSON object.</source>
        <translation>映射必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>format: the mapping must say &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>format：映射必须声明 &quot;format&quot;: &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>version: this Casebook reads mapping version 1.</source>
        <translation>version：此版本 Casebook 读取第 1 版映射。</translation>
    </message>
    <message>
        <source>%1: is not a key of a mapping.</source>
        <translation>%1：不是映射的键。</translation>
    </message>
    <message>
        <source>separator: must be &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; or &quot;auto&quot;, not &quot;%1&quot;.</source>
        <translation>separator：必须是 &quot;,&quot;、&quot;;&quot;、&quot;tab&quot; 或 &quot;auto&quot;，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>columns: must be an object of header name to field.</source>
        <translation>columns：必须是从表头名称到字段的对象。</translation>
    </message>
    <message>
        <source>columns.%1: must be a field name, &quot;&quot; or null.</source>
        <translation>columns.%1：必须是字段名、&quot;&quot; 或 null。</translation>
    </message>
    <message>
        <source>columns.%1: &apos;%2&apos; is not a field of a use case.</source>
        <translation>columns.%1：“%2”不是用例的字段。</translation>
    </message>
    <message>
        <source>values: must be an object of field to replacements.</source>
        <translation>values：必须是从字段到替换值的对象。</translation>
    </message>
    <message>
        <source>values.%1: is not a field of a use case.</source>
        <translation>values.%1：不是用例的字段。</translation>
    </message>
    <message>
        <source>values.%1: must be an object of value as typed to value to store.</source>
        <translation>values.%1：必须是从输入值到存储值的对象。</translation>
    </message>
    <message>
        <source>values.%1.%2: must be a text value.</source>
        <translation>values.%1.%2：必须是文本值。</translation>
    </message>
    <message>
        <source>accept_suggestions: must be true or false.</source>
        <translation>accept_suggestions：必须是 true 或 false。</translation>
    </message>
    <message>
        <source>The mapping: %1</source>
        <translation>映射：%1</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <source>differs from line %1, where this use case is given first; leave it empty on the rows of its further steps or repeat the same value</source>
        <translation>与第 %1 行（此用例首次出现处）不同；请在其后续步骤的行中留空或重复相同的值</translation>
    </message>
</context>
<context>
    <name>StoredDocumentCheck</name>
    <message>
        <source>the stored JSON is damaged (%1)</source>
        <translation>存储的 JSON 已损坏（%1）</translation>
    </message>
    <message>
        <source>the stored JSON is not an object</source>
        <translation>存储的 JSON 不是对象</translation>
    </message>
    <message>
        <source>Checking the stored use cases</source>
        <translation>正在检查已存储的用例</translation>
    </message>
    <message>
        <source>use case %1 (%2)</source>
        <translation>用例 %1（%2）</translation>
    </message>
    <message>
        <source>revision %1 is outside 1 to %2</source>
        <translation>修订号 %1 超出 1 到 %2 的范围</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Checking the stored rubrics</source>
        <translation>正在检查已存储的评分细则</translation>
    </message>
    <message>
        <source>rubric %1 version %2 (%3)</source>
        <translation>评分细则 %1 第 %2 版（%3）</translation>
    </message>
    <message>
        <source>assessment %1 by %2: %3</source>
        <translation>%2 的评估 %1：%3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n record(s) that cannot be read: %2</source>
        <translation>
            <numerusform>%1 包含 %n 条无法读取的记录：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>the text is not valid JSON (%1 at byte %2).</source>
        <translation>文本不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>the JSON nests deeper than %1 levels at %2.</source>
        <translation>JSON 在 %2 处嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object; each key may be given once.</source>
        <translation>键 %1 在同一对象中出现了两次；每个键只能出现一次。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n record(s) stay here: the team repository holds them restricted to other members.</source>
        <translation>
            <numerusform>有 %n 条记录留在本地：团队存储库将其限定给其他成员。</numerusform>
        </translation>
    </message>
    <message>
        <source>The team repository kept changing the same records during the sync; nothing of the last push was written. Sync again.</source>
        <translation>同步期间团队存储库不断更改相同的记录；上次推送的内容均未写入。请重新同步。</translation>
    </message>
</context>
<context>
    <name>SyncPull</name>
    <message>
        <source>The sync was interrupted after reading the server.</source>
        <translation>同步在读取服务器后中断。</translation>
    </message>
    <message>
        <source>team repository %1</source>
        <translation>团队存储库 %1</translation>
    </message>
    <message>
        <source>The sync was interrupted while writing locally.</source>
        <translation>同步在本地写入期间中断。</translation>
    </message>
    <message>
        <source>The sync was interrupted after writing locally.</source>
        <translation>同步在本地写入后中断。</translation>
    </message>
</context>
<context>
    <name>SyncPush</name>
    <message numerus="yes">
        <source>%n local change(s) stay here: a reader of the team repository sends no changes.</source>
        <translation>
            <numerusform>有 %n 项本地更改留在本地：团队存储库的读者不发送更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) changed here stay here: only editors send use cases.</source>
        <translation>
            <numerusform>有 %n 个在本地更改的用例留在本地：只有编辑者才能发送用例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) by other assessors stay here: each assessor sends their own.</source>
        <translation>
            <numerusform>有 %n 个其他评估人的评估留在本地：每位评估人只发送自己的评估。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) of use cases the team repository does not have stay here.</source>
        <translation>
            <numerusform>有 %n 个针对团队存储库中不存在的用例的评估留在本地。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync was interrupted after writing on the server.</source>
        <translation>同步在写入服务器后中断。</translation>
    </message>
    <message>
        <source>The sync was interrupted while writing on the server.</source>
        <translation>同步在写入服务器期间中断。</translation>
    </message>
</context>
<context>
    <name>SyncStateRepository</name>
    <message>
        <source>Reading the sync position</source>
        <translation>正在读取同步位置</translation>
    </message>
    <message>
        <source>Saving the sync position</source>
        <translation>正在保存同步位置</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>正在读取同步状态</translation>
    </message>
    <message>
        <source>Saving the sync state</source>
        <translation>正在保存同步状态</translation>
    </message>
    <message>
        <source>Reading the use cases</source>
        <translation>正在读取用例</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>Listing tags</source>
        <translation>正在列出标签</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>不存在标签 %1。</translation>
    </message>
    <message>
        <source>The tag %1 already exists; merge the tags instead of renaming.</source>
        <translation>标签 %1 已存在；请合并标签，而不是重命名。</translation>
    </message>
    <message>
        <source>Renaming the tag</source>
        <translation>正在重命名标签</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge into %1.</source>
        <translation>请至少选择一个要合并到 %1 的其他标签。</translation>
    </message>
    <message>
        <source>%1 is not a colour like #1f77b4.</source>
        <translation>%1 不是类似 #1f77b4 的颜色。</translation>
    </message>
    <message>
        <source>Setting the tag colour</source>
        <translation>正在设置标签颜色</translation>
    </message>
    <message>
        <source>Tidying tags</source>
        <translation>正在整理标签</translation>
    </message>
</context>
<context>
    <name>UseCaseJson</name>
    <message>
        <source>must be a goal number from 1 to 17</source>
        <translation>必须是 1 到 17 的目标编号</translation>
    </message>
    <message>
        <source>must be a size in bytes</source>
        <translation>必须是以字节为单位的大小</translation>
    </message>
    <message>
        <source>%1: is not a field of a use case</source>
        <translation>%1：不是用例的字段</translation>
    </message>
    <message>
        <source>uuid: is required</source>
        <translation>uuid：为必填项</translation>
    </message>
    <message>
        <source>code: is required</source>
        <translation>code：为必填项</translation>
    </message>
    <message>
        <source>created_at and modified_at: are required</source>
        <translation>created_at 和 modified_at：为必填项</translation>
    </message>
    <message>
        <source>a tag must not be empty</source>
        <translation>标签不得为空</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; is longer than %2 characters</source>
        <translation>标签“%1”超过 %2 个字符</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; contains control characters</source>
        <translation>标签“%1”包含控制字符</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; has an empty level between &apos;/&apos; separators</source>
        <translation>标签“%1”在“/”分隔符之间有空层级</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>必须是文本值</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation>必须是 true、false 或 null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>“%1”不是 ISO 8601 日期时间</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>%1: this field, unknown to this version, nests deeper than %2 levels</source>
        <translation>%1：此版本无法识别的该字段嵌套超过 %2 层</translation>
    </message>
    <message>
        <source>%1: the fields unknown to this version take more than %2 KB in this record; the record is refused rather than cut</source>
        <translation>%1：此版本无法识别的字段在该记录中占用超过 %2 KB；该记录被拒绝而不是被截断</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>必须是 0 到 %1 之间的整数</translation>
    </message>
</context>
<context>
    <name>UseCaseRepository</name>
    <message>
        <source>Reading use case codes</source>
        <translation>正在读取用例代码</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>正在检查代码</translation>
    </message>
    <message>
        <source>The code %1 is already used by &quot;%2&quot;.</source>
        <translation>代码 %1 已被“%2”使用。</translation>
    </message>
    <message>
        <source>A use case needs a title.</source>
        <translation>用例需要一个标题。</translation>
    </message>
    <message>
        <source>The UUID of the use case is not valid.</source>
        <translation>用例的 UUID 无效。</translation>
    </message>
    <message>
        <source>A use case with the UUID %1 already exists (&quot;%2&quot;).</source>
        <translation>UUID 为 %1 的用例已存在（“%2”）。</translation>
    </message>
    <message>
        <source>The use case lists an attachment whose file is not stored.</source>
        <translation>用例列出了一个文件未被存储的附件。</translation>
    </message>
    <message>
        <source>Saving the use case</source>
        <translation>正在保存用例</translation>
    </message>
    <message>
        <source>Saving tags</source>
        <translation>正在保存标签</translation>
    </message>
    <message>
        <source>Reading a use case</source>
        <translation>正在读取用例</translation>
    </message>
    <message>
        <source>There is no use case %1.</source>
        <translation>不存在用例 %1。</translation>
    </message>
    <message>
        <source>The stored use case %1 cannot be read.</source>
        <translation>无法读取已存储的用例 %1。</translation>
    </message>
    <message>
        <source>No use case was named.</source>
        <translation>未指定用例。</translation>
    </message>
    <message>
        <source>Deleting the use case</source>
        <translation>正在删除用例</translation>
    </message>
    <message>
        <source>%1 does not have the tag(s) %2.</source>
        <translation>%1 没有标签 %2。</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>正在搜索</translation>
    </message>
    <message>
        <source>Counting use cases</source>
        <translation>正在统计用例</translation>
    </message>
    <message>
        <source>Listing use cases</source>
        <translation>正在列出用例</translation>
    </message>
    <message>
        <source>The search is too complex to run; use fewer words and filters.</source>
        <translation>搜索过于复杂，无法执行；请减少词语和筛选条件。</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>正在更新搜索索引</translation>
    </message>
    <message>
        <source>Reading sharing levels</source>
        <translation>正在读取共享级别</translation>
    </message>
</context>
<context>
    <name>UseCaseSheet</name>
    <message>
        <source>&quot;%1&quot; is not a known value for %2; did you mean &quot;%3&quot;?</source>
        <translation>“%1”不是 %2 的已知值；您是否是指“%3”？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2.</source>
        <translation>“%1”不是 %2 的已知值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value; did you mean &quot;%2&quot; (%3)?</source>
        <translation>“%1”不是已知值；您是否是指“%2”（%3）？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value</source>
        <translation>“%1”不是已知值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>审批状态</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>来源组织</translation>
    </message>
    <message>
        <source>Submitters</source>
        <translation>提交者</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>来源文档</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>修改者</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订号</translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation>共享级别</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>ITU regions</source>
        <translation>国际电联区域</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>部署阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Related use cases</source>
        <translation>相关用例</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>效益</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>交换的信息</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <source>Identifier schemes</source>
        <translation>标识符方案</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>设备入网</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Security baselines</source>
        <translation>安全基线</translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation>数据治理</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Replicable components</source>
        <translation>可复制组件</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>标准化差距</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Fields from a newer Casebook</source>
        <translation>来自较新版本 Casebook 的字段</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>must be a JSON list of objects</source>
        <translation>必须是 JSON 对象列表</translation>
    </message>
    <message>
        <source>must be a JSON list of objects, as exported by Casebook</source>
        <translation>必须是 Casebook 导出的 JSON 对象列表</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value: %2</source>
        <translation>“%1”不是有效值：%2</translation>
    </message>
    <message>
        <source>U4SSC KPI codes</source>
        <translation>U4SSC KPI 代码</translation>
    </message>
    <message>
        <source>Development context per country</source>
        <translation>各国的发展背景</translation>
    </message>
    <message>
        <source>Development context (one for all countries)</source>
        <translation>发展背景（所有国家共用一个）</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>ITU-T 课题</translation>
    </message>
    <message>
        <source>Related Recommendations</source>
        <translation>相关建议书</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Problem and why current standards fall short</source>
        <translation>问题及现有标准的不足</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation>所用标准</translation>
    </message>
    <message>
        <source>Version exported (content hash)</source>
        <translation>导出的版本（内容哈希）</translation>
    </message>
    <message>
        <source>Scenario name (one row per step)</source>
        <translation>场景名称（每个步骤一行）</translation>
    </message>
    <message>
        <source>Scenario description</source>
        <translation>场景描述</translation>
    </message>
    <message>
        <source>Scenario primary actor</source>
        <translation>场景的主要参与者</translation>
    </message>
    <message>
        <source>Scenario triggering event</source>
        <translation>场景的触发事件</translation>
    </message>
    <message>
        <source>Scenario pre-conditions</source>
        <translation>场景的前置条件</translation>
    </message>
    <message>
        <source>Scenario post-conditions</source>
        <translation>场景的后置条件</translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>步骤编号</translation>
    </message>
    <message>
        <source>Step event</source>
        <translation>步骤事件</translation>
    </message>
    <message>
        <source>Step process or activity</source>
        <translation>步骤的过程或活动</translation>
    </message>
    <message>
        <source>Step description</source>
        <translation>步骤描述</translation>
    </message>
    <message>
        <source>Step service</source>
        <translation>步骤服务</translation>
    </message>
    <message>
        <source>Step information producer</source>
        <translation>步骤的信息生产者</translation>
    </message>
    <message>
        <source>Step information receiver</source>
        <translation>步骤的信息接收者</translation>
    </message>
    <message>
        <source>Step information exchanged (ids)</source>
        <translation>步骤中交换的信息（标识）</translation>
    </message>
    <message>
        <source>Step requirements (ids)</source>
        <translation>步骤需求（标识）</translation>
    </message>
</context>
<context>
    <name>UseCaseText</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订号</translation>
    </message>
    <message>
        <source>%1, modified %2%3</source>
        <translation>%1，修改于 %2%3</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation>，修改者：%1</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>来源组织</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>发展背景</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>部署阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>效益</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation>数据治理</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>标准化差距</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1; requirements %2</source>
        <translation>%1；需求 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (as written)</source>
        <translation>“%1”（原文）</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>于 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>information %1</source>
        <translation>信息 %1</translation>
    </message>
    <message>
        <source>requirements %1</source>
        <translation>需求 %1</translation>
    </message>
    <message>
        <source>Primary actor</source>
        <translation>主要参与者</translation>
    </message>
    <message>
        <source>Triggering event</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <source>Pre-conditions</source>
        <translation>前置条件</translation>
    </message>
    <message>
        <source>Post-conditions</source>
        <translation>后置条件</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>基准值 %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>目标值 %1</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>实测值 %1</translation>
    </message>
    <message>
        <source>over time %1</source>
        <translation>随时间变化 %1</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>ITU-D 区域</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>ITU-T 课题</translation>
    </message>
    <message>
        <source>Related Recommendations</source>
        <translation>相关建议书</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>交换的信息</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
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
        <translation>有 %1 项；上限为 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>“%1”被列出了两次</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice</source>
        <translation>标识“%1”被使用了两次</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the use case&apos;s actors</source>
        <translation>“%1”不是该用例的参与者</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the id of any information exchanged of the use case</source>
        <translation>“%1”不是该用例任何交换信息的标识</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the id of a requirement of the use case</source>
        <translation>“%1”不是该用例任何需求的标识</translation>
    </message>
    <message>
        <source>ISO 3166 country code</source>
        <translation>ISO 3166 国家代码</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>development context</source>
        <translation>发展背景</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the use case&apos;s countries</source>
        <translation>“%1”不是该用例所列的国家</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a development context twice</source>
        <translation>“%1”有两个发展背景</translation>
    </message>
    <message>
        <source>approval status</source>
        <translation>审批状态</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>必须是 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>sharing level</source>
        <translation>共享级别</translation>
    </message>
    <message>
        <source>vertical</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>must be a goal number from 1 to 17</source>
        <translation>必须是 1 到 17 的目标编号</translation>
    </message>
    <message>
        <source>goal %1 is listed twice</source>
        <translation>目标 %1 被列出了两次</translation>
    </message>
    <message>
        <source>ITU-D region</source>
        <translation>ITU-D 区域</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>deployment stage</source>
        <translation>部署阶段</translation>
    </message>
    <message>
        <source>kind of relation</source>
        <translation>关系类型</translation>
    </message>
    <message>
        <source>actor type</source>
        <translation>参与者类型</translation>
    </message>
    <message>
        <source>interoperability facet</source>
        <translation>互操作性分面</translation>
    </message>
    <message>
        <source>identifier target</source>
        <translation>标识对象</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>gap status</source>
        <translation>差距状态</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation>必须是 64 位十六进制数字</translation>
    </message>
    <message>
        <source>must be a size in bytes</source>
        <translation>必须是以字节为单位的大小</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>长度为 %1 个字符；上限为 %2</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>必须为单行且不含控制字符</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>包含控制字符</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不得为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation>“%1”不是有效的电子邮件地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid link (expected for example https://...)</source>
        <translation>“%1”不是有效的链接（应类似 https://...）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language tag (for example en, ar, zh-Hans)</source>
        <translation>“%1”不是语言标记（例如 en、ar、zh-Hans）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ITU-T Question (for example Q2/20: Question 2 of Study Group 20)</source>
        <translation>“%1”不是 ITU-T 课题（例如 Q2/20：第 20 研究组第 2 号课题）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>“%1”不是 UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2: %3</source>
        <translation>“%1”不是有效的%2：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2</source>
        <translation>“%1”不是已知的%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2 (did you mean &apos;%3&apos;?)</source>
        <translation>“%1”不是已知的%2（您是否是指“%3”？）</translation>
    </message>
</context>
<context>
    <name>ValueNormaliser</name>
    <message>
        <source>&quot;%1&quot; is not one of the 17 Sustainable Development Goals.</source>
        <translation>“%1”不是 17 个可持续发展目标之一。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2; did you mean &quot;%3&quot;?</source>
        <translation>“%1”不是 %2 的已知值；您是否是指“%3”？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2.</source>
        <translation>“%1”不是 %2 的已知值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2: %3</source>
        <translation>“%1”不是 %2 的有效值：%3</translation>
    </message>
</context>
<context>
    <name>WeightSet</name>
    <message>
        <source>The weight of %1 must be a number, not &apos;%2&apos;.</source>
        <translation>%1 的权重必须是数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>The weight of %1 must be zero or more, not %2.</source>
        <translation>%1 的权重必须大于或等于零，而不是 %2。</translation>
    </message>
    <message>
        <source>A weight is KEY=NUMBER, for example A=40 or A1=6, not &apos;%1&apos;.</source>
        <translation>权重的格式为 键=数字，例如 A=40 或 A1=6，而不是“%1”。</translation>
    </message>
    <message>
        <source>The weight of %1 is given twice.</source>
        <translation>%1 的权重给出了两次。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a weights file holds one JSON object of weights.</source>
        <translation>权重文件只包含一个权重 JSON 对象。</translation>
    </message>
    <message>
        <source>The weight of %1 must be a number.</source>
        <translation>%1 的权重必须是数字。</translation>
    </message>
    <message>
        <source>%1 is neither a dimension nor a criterion of the rubric &quot;%2&quot;.</source>
        <translation>%1 既不是评分细则“%2”的维度，也不是其准则。</translation>
    </message>
</context>
<context>
    <name>WelcomeText</name>
    <message>
        <source>Set your name in Preferences so that your edits carry it.</source>
        <translation>请在“首选项”中设置您的姓名，以便您的编辑带有署名。</translation>
    </message>
    <message>
        <source>Welcome to Casebook. This repository has no use cases yet: press Ctrl+N to record one, or import a bundle or a spreadsheet from the File menu.</source>
        <translation>欢迎使用 Casebook。此存储库中还没有用例：按 Ctrl+N 记录一个用例，或从“文件”菜单导入资料包或电子表格。</translation>
    </message>
    <message numerus="yes">
        <source>The list shows %n example use case(s) from public IoT and smart-city deployments.</source>
        <translation>
            <numerusform>列表显示了 %n 个来自公开的物联网和智慧城市部署的示例用例。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows %1, among them %2 (tagged “example”).</source>
        <translation>列表显示了 %1，其中包括 %2（带有“example”标签）。</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n 个用例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n 个示例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list shows the %n use case(s) of this repository.</source>
        <translation>
            <numerusform>列表显示了此存储库的 %n 个用例。</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Casebook.</source>
        <translation>欢迎使用 Casebook。</translation>
    </message>
    <message>
        <source>Filter them with the facets on the left or the search box, and press Ctrl+N to record your own.</source>
        <translation>可使用左侧的分面或搜索框进行筛选，按 Ctrl+N 记录您自己的用例。</translation>
    </message>
</context>
<context>
    <name>WidgetPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
</context>
<context>
    <name>WorkshopJson</name>
    <message>
        <source>has %1 items; a workshop compares %2 to %3 use cases</source>
        <translation>有 %1 项；一个研讨会比较 %2 到 %3 个用例</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>必须是 UUID</translation>
    </message>
    <message>
        <source>names the use case %1 twice</source>
        <translation>两次列出了用例 %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>has %1 weights; the limit is %2</source>
        <translation>有 %1 个权重；上限为 %2</translation>
    </message>
    <message>
        <source>the weight %1 must be a number from 0 to 1000000</source>
        <translation>权重 %1 必须是 0 到 1000000 之间的数</translation>
    </message>
    <message>
        <source>the name %1 is used twice</source>
        <translation>名称 %1 被使用了两次</translation>
    </message>
    <message>
        <source>is numbered %1; rounds are numbered 1, 2, ... in order</source>
        <translation>编号为 %1；轮次应按 1、2、... 的顺序编号</translation>
    </message>
    <message>
        <source>the state must be open, revealed or closed</source>
        <translation>状态必须是 open、revealed 或 closed</translation>
    </message>
    <message>
        <source>is open, but only the last round may be open</source>
        <translation>处于开放状态，但只有最后一轮可以开放</translation>
    </message>
    <message>
        <source>the state must be level, na or unknown</source>
        <translation>状态必须是 level、na 或 unknown</translation>
    </message>
    <message>
        <source>criterion %1 of use case %2 is scored twice</source>
        <translation>用例 %2 的准则 %1 被评分了两次</translation>
    </message>
</context>
<context>
    <name>WorkshopPlanner</name>
    <message>
        <source>Both copies are revision %1 with different content.</source>
        <translation>两份副本都是第 %1 版，但内容不同。</translation>
    </message>
    <message>
        <source>A workshop here is already named &quot;%1&quot;; this one will be named &quot;%2&quot;.</source>
        <translation>本地已有名为“%1”的研讨会；此研讨会将命名为“%2”。</translation>
    </message>
    <message>
        <source>%1, round %2 of %3</source>
        <translation>%1，%3 的第 %2 轮</translation>
    </message>
    <message>
        <source>The copies belong to different workshops, rounds or assessors.</source>
        <translation>两份副本属于不同的研讨会、轮次或评估人。</translation>
    </message>
    <message>
        <source>These are your own scores; a copy from elsewhere never replaces them unless you choose it.</source>
        <translation>这是您自己的评分；除非您选择，来自别处的副本绝不会替换它们。</translation>
    </message>
</context>
<context>
    <name>WorkshopRepository</name>
    <message>
        <source>A workshop needs a name of 1 to 200 characters.</source>
        <translation>研讨会需要一个 1 到 200 个字符的名称。</translation>
    </message>
    <message>
        <source>A workshop compares 2 to 12 use cases; %1 were chosen.</source>
        <translation>一个研讨会比较 2 到 12 个用例；已选择 %1 个。</translation>
    </message>
    <message>
        <source>The use case %1 is chosen twice for the workshop.</source>
        <translation>用例 %1 被两次选入研讨会。</translation>
    </message>
    <message>
        <source>The workshop has too many weight sets or rounds.</source>
        <translation>研讨会的权重组或轮次过多。</translation>
    </message>
    <message>
        <source>There is already a workshop named &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的研讨会。</translation>
    </message>
    <message>
        <source>Saving the workshop</source>
        <translation>正在保存研讨会</translation>
    </message>
    <message>
        <source>Reading workshops</source>
        <translation>正在读取研讨会</translation>
    </message>
    <message>
        <source>A stored workshop cannot be read.</source>
        <translation>无法读取已存储的研讨会。</translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation>不存在研讨会 %1。</translation>
    </message>
    <message>
        <source>Deleting the workshop</source>
        <translation>正在删除研讨会</translation>
    </message>
    <message>
        <source>There are too many workshops named &quot;%1&quot;.</source>
        <translation>名为“%1”的研讨会过多。</translation>
    </message>
</context>
<context>
    <name>WorkshopRounds</name>
    <message>
        <source>Round %1 of the workshop &quot;%2&quot; is still open; reveal it before opening the next round.</source>
        <translation>研讨会“%2”的第 %1 轮仍处于开放状态；请先公布该轮，再开始下一轮。</translation>
    </message>
    <message>
        <source>A workshop has at most %1 rounds.</source>
        <translation>一个研讨会最多有 %1 轮。</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has no round yet; open round 1 first.</source>
        <translation>研讨会“%1”还没有轮次；请先开始第 1 轮。</translation>
    </message>
    <message>
        <source>Round %1 of the workshop &quot;%2&quot; is %3 already.</source>
        <translation>研讨会“%2”的第 %1 轮已经是 %3 状态。</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has no open round; the facilitator opens one.</source>
        <translation>研讨会“%1”没有开放的轮次；由主持人开始新一轮。</translation>
    </message>
    <message>
        <source>%1 of %2 changes from %3 in round %4 to %5: give a reason for the change.</source>
        <translation>%2 的 %1 从第 %4 轮的 %3 改为 %5：请说明更改理由。</translation>
    </message>
</context>
<context>
    <name>WorkshopScope</name>
    <message>
        <source>The rubric version of the workshop &quot;%1&quot; is not in this repository.</source>
        <translation>研讨会“%1”所用评分细则的版本不在此存储库中。</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The archive cannot be written: its date is out of range.</source>
        <translation>无法写入压缩包：其日期超出范围。</translation>
    </message>
    <message>
        <source>The archive cannot be written: the file name %1 is not allowed.</source>
        <translation>无法写入压缩包：不允许使用文件名 %1。</translation>
    </message>
    <message>
        <source>The archive cannot be written: the file name %1 is used twice.</source>
        <translation>无法写入压缩包：文件名 %1 被使用了两次。</translation>
    </message>
    <message>
        <source>The archive cannot be written.</source>
        <translation>无法写入压缩包。</translation>
    </message>
</context>
<context>
    <name>casebook::DefaultRubric</name>
    <message>
        <source>Interoperability and standardization (Resolution 98)</source>
        <translation>互操作性与标准化（第 98 号决议）</translation>
    </message>
    <message>
        <source>Default Casebook rubric: 12 criteria in 4 dimensions, scored 0 to 4. Weights add up to 100. Built from ISO/IEC 21823-1, LCIM, EIF, GWAC, NIST CPS and IES-City, CAMSS and ITU-T Y.4903/Y.4904.</source>
        <translation>Casebook 默认评分细则：4 个维度共 12 项准则，按 0 到 4 评分。权重总和为 100。依据 ISO/IEC 21823-1、LCIM、EIF、GWAC、NIST CPS 与 IES-City、CAMSS 以及 ITU-T Y.4903/Y.4904 制定。</translation>
    </message>
    <message>
        <source>Absent or unknown</source>
        <translation>缺失或未知</translation>
    </message>
    <message>
        <source>Ad hoc or proprietary</source>
        <translation>临时或专有</translation>
    </message>
    <message>
        <source>Documented or partial</source>
        <translation>有文档或部分实现</translation>
    </message>
    <message>
        <source>Standards-based</source>
        <translation>基于标准</translation>
    </message>
    <message>
        <source>Standards-based and verified, certified or proven at scale</source>
        <translation>基于标准，且经过验证、认证或大规模实践检验</translation>
    </message>
    <message>
        <source>No security measures (security red flag)</source>
        <translation>没有安全措施（安全警示）</translation>
    </message>
    <message>
        <source>No global identification (identifiers at most unique within one vendor)</source>
        <translation>没有全球标识（标识符至多在单一厂商内唯一）</translation>
    </message>
    <message>
        <source>Technical and data interoperability</source>
        <translation>技术与数据互操作性</translation>
    </message>
    <message>
        <source>Transport and connectivity</source>
        <translation>传输与连接</translation>
    </message>
    <message>
        <source>Nothing is known, or a closed link from one vendor</source>
        <translation>一无所知，或为单一厂商的封闭链路</translation>
    </message>
    <message>
        <source>A proprietary protocol that only the vendor documents</source>
        <translation>仅由厂商提供文档的专有协议</translation>
    </message>
    <message>
        <source>Open protocols outside the SDOs, or an SDO standard with private extensions</source>
        <translation>标准制定组织之外的开放协议，或带有私有扩展的标准制定组织标准</translation>
    </message>
    <message>
        <source>Standard bearers and protocols from SDOs, end to end</source>
        <translation>端到端采用标准制定组织的标准承载和协议</translation>
    </message>
    <message>
        <source>Level 3, with conformance-tested devices and at least two interchangeable bearers or vendors shown to work</source>
        <translation>达到等级 3，且设备经过一致性测试，并已证明至少两种可互换的承载或厂商可正常工作</translation>
    </message>
    <message>
        <source>Syntax: data formats and APIs</source>
        <translation>语法：数据格式与 API</translation>
    </message>
    <message>
        <source>Payloads are undocumented or proprietary binary</source>
        <translation>有效载荷无文档或为专有二进制格式</translation>
    </message>
    <message>
        <source>The API or format is documented but proprietary</source>
        <translation>API 或格式有文档，但属专有</translation>
    </message>
    <message>
        <source>Open generic formats, but no published schema or API contract</source>
        <translation>开放的通用格式，但没有公开的模式或 API 约定</translation>
    </message>
    <message>
        <source>A published, standardized API or serialisation</source>
        <translation>已发布的标准化 API 或序列化格式</translation>
    </message>
    <message>
        <source>Level 3, with conformance tests or several independent implementations</source>
        <translation>达到等级 3，且有一致性测试或多个独立实现</translation>
    </message>
    <message>
        <source>Semantics: information models</source>
        <translation>语义：信息模型</translation>
    </message>
    <message>
        <source>Meaning lives only in the code</source>
        <translation>含义仅存在于代码中</translation>
    </message>
    <message>
        <source>Only a local data dictionary</source>
        <translation>只有本地数据字典</translation>
    </message>
    <message>
        <source>The project publishes its data model, but nobody else uses it</source>
        <translation>项目公开了其数据模型，但没有其他人使用</translation>
    </message>
    <message>
        <source>A shared domain model or ontology from an SDO or community</source>
        <translation>来自标准制定组织或社区的共享领域模型或本体</translation>
    </message>
    <message>
        <source>Level 3, with a formal ontology and validated mappings to other models</source>
        <translation>达到等级 3，且有形式化本体以及与其他模型的经验证映射</translation>
    </message>
    <message>
        <source>Behaviour and processes</source>
        <translation>行为与流程</translation>
    </message>
    <message>
        <source>The interactions are not described</source>
        <translation>未描述交互</translation>
    </message>
    <message>
        <source>Described in prose only</source>
        <translation>仅有文字描述</translation>
    </message>
    <message>
        <source>Scenarios and steps are documented but not validated</source>
        <translation>场景和步骤有文档但未经验证</translation>
    </message>
    <message>
        <source>Behaviour follows standard profiles and is tested end to end in one deployment</source>
        <translation>行为遵循标准配置文件，并在一个部署中进行了端到端测试</translation>
    </message>
    <message>
        <source>Validated in deployments with several vendors or sites, with test cases</source>
        <translation>已在多个厂商或地点的部署中验证，并有测试用例</translation>
    </message>
    <message>
        <source>Identification and discovery</source>
        <translation>标识与发现</translation>
    </message>
    <message>
        <source>Only local or ad hoc identifiers</source>
        <translation>仅有本地或临时标识符</translation>
    </message>
    <message>
        <source>Identifiers unique within one vendor</source>
        <translation>标识符在单一厂商内唯一</translation>
    </message>
    <message>
        <source>Globally unique identifiers that are not registered or resolvable</source>
        <translation>全球唯一但未注册或不可解析的标识符</translation>
    </message>
    <message>
        <source>A standardized, resolvable global scheme for devices and applications</source>
        <translation>面向设备和应用的标准化、可解析的全球方案</translation>
    </message>
    <message>
        <source>Level 3, plus a discovery service and mapping of identifiers between systems</source>
        <translation>达到等级 3，另有发现服务及系统间标识符映射</translation>
    </message>
    <message>
        <source>Trust and lifecycle</source>
        <translation>信任与生命周期</translation>
    </message>
    <message>
        <source>Security and privacy by design</source>
        <translation>设计即安全与隐私</translation>
    </message>
    <message>
        <source>Not addressed, or unknown</source>
        <translation>未涉及或未知</translation>
    </message>
    <message>
        <source>Some ad hoc measures, no threat analysis</source>
        <translation>有一些临时措施，但没有威胁分析</translation>
    </message>
    <message>
        <source>Threats and privacy assessed and controls documented</source>
        <translation>已评估威胁和隐私，并记录了控制措施</translation>
    </message>
    <message>
        <source>Controls mapped to a recognised security baseline; privacy by design documented</source>
        <translation>控制措施已映射到公认的安全基线；设计即隐私有文档记录</translation>
    </message>
    <message>
        <source>Independently certified or audited, with a working incident and update process</source>
        <translation>经独立认证或审计，并有切实运行的事件处理和更新流程</translation>
    </message>
    <message>
        <source>Device onboarding and lifecycle</source>
        <translation>设备入网与生命周期</translation>
    </message>
    <message>
        <source>Not documented</source>
        <translation>无文档</translation>
    </message>
    <message>
        <source>Each device provisioned by hand with vendor tools</source>
        <translation>每台设备均使用厂商工具手动配置</translation>
    </message>
    <message>
        <source>Scripted or bulk provisioning, specific to one vendor</source>
        <translation>脚本化或批量配置，专属于单一厂商</translation>
    </message>
    <message>
        <source>Standardized bootstrapping and onboarding, with remote update</source>
        <translation>标准化的引导和入网，支持远程更新</translation>
    </message>
    <message>
        <source>Zero-touch onboarding across vendors, with secure update and decommissioning shown</source>
        <translation>跨厂商零接触入网，并已证明安全更新和退役能力</translation>
    </message>
    <message>
        <source>Standardization and governance</source>
        <translation>标准化与治理</translation>
    </message>
    <message>
        <source>Openness and maturity of the standards used</source>
        <translation>所用标准的开放性和成熟度</translation>
    </message>
    <message>
        <source>Entirely proprietary</source>
        <translation>完全专有</translation>
    </message>
    <message>
        <source>De facto or consortium specifications with restricted access</source>
        <translation>事实标准或访问受限的联盟规范</translation>
    </message>
    <message>
        <source>Openly available consortium or open-source specifications</source>
        <translation>公开可获取的联盟或开源规范</translation>
    </message>
    <message>
        <source>International SDO standards at most pivotal points of interoperability</source>
        <translation>在大多数互操作性关键点采用国际标准制定组织的标准</translation>
    </message>
    <message>
        <source>International standards at every pivotal point, with active conformance programmes</source>
        <translation>在每个关键点均采用国际标准，并有实际运行的一致性计划</translation>
    </message>
    <message>
        <source>Policy, legal and organisational interoperability</source>
        <translation>政策、法律与组织互操作性</translation>
    </message>
    <message>
        <source>No agreements</source>
        <translation>无协议</translation>
    </message>
    <message>
        <source>Informal arrangements only</source>
        <translation>仅有非正式安排</translation>
    </message>
    <message>
        <source>Bilateral contracts or data-sharing agreements</source>
        <translation>双边合同或数据共享协议</translation>
    </message>
    <message>
        <source>Formal governance, a data-sharing framework and documented regulatory compliance</source>
        <translation>正式治理、数据共享框架及有文档记录的合规</translation>
    </message>
    <message>
        <source>A published, reusable framework governed by several stakeholders</source>
        <translation>由多个利益相关方治理的已发布、可复用框架</translation>
    </message>
    <message>
        <source>Contribution to standardization (gaps found)</source>
        <translation>对标准化的贡献（发现的差距）</translation>
    </message>
    <message>
        <source>No gap analysis</source>
        <translation>没有差距分析</translation>
    </message>
    <message>
        <source>Gaps mentioned in passing</source>
        <translation>仅顺带提及差距</translation>
    </message>
    <message>
        <source>Gaps documented per facet or layer, naming the standards concerned</source>
        <translation>按分面或层次记录差距，并指明相关标准</translation>
    </message>
    <message>
        <source>Gaps mapped to a candidate SDO and Question, with proposed requirements</source>
        <translation>差距已对应到候选标准制定组织和课题，并提出了需求</translation>
    </message>
    <message>
        <source>A contribution or liaison has been submitted, or a work item started</source>
        <translation>已提交文稿或联络声明，或已启动工作项目</translation>
    </message>
    <message>
        <source>Impact and inclusiveness</source>
        <translation>影响与包容性</translation>
    </message>
    <message>
        <source>Measured impact (KPIs, SDG targets)</source>
        <translation>可衡量的影响（KPI、可持续发展目标的具体目标）</translation>
    </message>
    <message>
        <source>No KPIs</source>
        <translation>没有 KPI</translation>
    </message>
    <message>
        <source>Only qualitative claims</source>
        <translation>仅有定性说法</translation>
    </message>
    <message>
        <source>KPIs defined, with targets</source>
        <translation>已定义 KPI 并设定目标值</translation>
    </message>
    <message>
        <source>Baselines and measured values of the KPIs, mapped to a published KPI framework: U4SSC KPI codes (cities), SDG targets or indicators, or a recognised sector or organisational KPI set</source>
        <translation>KPI 的基准值和实测值，并映射到已发布的 KPI 框架：U4SSC KPI 代码（城市）、可持续发展目标的具体目标或指标，或公认的行业或组织 KPI 集</translation>
    </message>
    <message>
        <source>Level 3, plus results verified independently or a sustained time series of measured values</source>
        <translation>达到等级 3，另有经独立验证的结果或持续的实测值时间序列</translation>
    </message>
    <message>
        <source>Replicability and inclusiveness across regions</source>
        <translation>跨区域的可复制性与包容性</translation>
    </message>
    <message>
        <source>A one-off, tied to its site</source>
        <translation>一次性实施，局限于其所在地点</translation>
    </message>
    <message>
        <source>Said to be replicable, but needs high-end infrastructure</source>
        <translation>声称可复制，但需要高端基础设施</translation>
    </message>
    <message>
        <source>Replicable components documented; works with modest infrastructure</source>
        <translation>可复制组件有文档记录；可在一般基础设施上运行</translation>
    </message>
    <message>
        <source>Replicated in more than one city or country</source>
        <translation>已在多个城市或国家复制</translation>
    </message>
    <message>
        <source>Replicated across regions at different levels of development, with their constraints addressed</source>
        <translation>已在不同发展水平的区域复制，并解决了各自的限制条件</translation>
    </message>
</context>
<context>
    <name>casebook::Rubric</name>
    <message>
        <source>The rubric &quot;%1&quot; has no criterion %2.</source>
        <translation>评分细则“%1”没有准则 %2。</translation>
    </message>
    <message>
        <source>%1: level %2 is outside the scale %3 to %4.</source>
        <translation>%1：等级 %2 超出 %3 到 %4 的范围。</translation>
    </message>
</context>
<context>
    <name>casebook::Vocabulary</name>
    <message>
        <source>Industrial IoT</source>
        <translation>工业物联网</translation>
    </message>
    <message>
        <source>Internet of vehicles</source>
        <translation>车联网</translation>
    </message>
    <message>
        <source>Smart oceans and seas</source>
        <translation>智慧海洋</translation>
    </message>
    <message>
        <source>Smart supply chain</source>
        <translation>智慧供应链</translation>
    </message>
    <message>
        <source>Smart home</source>
        <translation>智能家居</translation>
    </message>
    <message>
        <source>Smart city services</source>
        <translation>智慧城市服务</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>交通运输</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>农业</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水务</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <source>Public safety</source>
        <translation>公共安全</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>治理</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Disaster management</source>
        <translation>灾害管理</translation>
    </message>
    <message>
        <source>Early warning, monitoring and response for natural and man-made disasters. ITU Plenipotentiary Resolution 197 names disaster management among the fields where IoT is expected to play a fundamental role, and ITU-T Study Group 20 studies IoT-based disaster-monitoring systems.</source>
        <translation>针对自然灾害和人为灾害的预警、监测与响应。国际电联全权代表大会第 197 号决议将灾害管理列为物联网有望发挥根本作用的领域之一，ITU-T 第 20 研究组正在研究基于物联网的灾害监测系统。</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>无贫穷</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>零饥饿</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>良好健康与福祉</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>优质教育</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>性别平等</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>清洁饮水和卫生设施</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>经济适用的清洁能源</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>体面工作和经济增长</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>产业、创新和基础设施</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>减少不平等</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>可持续城市和社区</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>负责任消费和生产</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>气候行动</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>水下生物</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>陆地生物</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>和平、正义与强大机构</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>促进目标实现的伙伴关系</translation>
    </message>
    <message>
        <source>The SDGs named in the proposal of the Asia-Pacific Telecommunity (APT) to the World Telecommunication Standardization Assembly (WTSA) for revising ITU-T Resolution 98. This is proposal text, not text the Assembly adopted; check the Resolution as adopted before quoting it.</source>
        <translation>亚太电信组织（APT）为修订 ITU-T 第 98 号决议向世界电信标准化全会（WTSA）提交的提案中列出的可持续发展目标。此为提案文本，并非全会通过的文本；引用前请核对已通过的决议。</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <source>ITU-D region: Africa. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>ITU-D 区域：非洲。国际电联电信发展部门（ITU-D）的六个区域之一。国际电联还将其成员国分为 A 至 E 行政区（用于理事会和无线电规则委员会的选举），《无线电规则》将世界划分为 ITU-R 第 1 至第 3 区（用于频率划分）；这些是不同的分组。</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>美洲</translation>
    </message>
    <message>
        <source>ITU-D region: Americas. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>ITU-D 区域：美洲。国际电联电信发展部门（ITU-D）的六个区域之一。国际电联还将其成员国分为 A 至 E 行政区（用于理事会和无线电规则委员会的选举），《无线电规则》将世界划分为 ITU-R 第 1 至第 3 区（用于频率划分）；这些是不同的分组。</translation>
    </message>
    <message>
        <source>Arab States</source>
        <translation>阿拉伯国家</translation>
    </message>
    <message>
        <source>ITU-D region: Arab States. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>ITU-D 区域：阿拉伯国家。国际电联电信发展部门（ITU-D）的六个区域之一。国际电联还将其成员国分为 A 至 E 行政区（用于理事会和无线电规则委员会的选举），《无线电规则》将世界划分为 ITU-R 第 1 至第 3 区（用于频率划分）；这些是不同的分组。</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>亚太</translation>
    </message>
    <message>
        <source>ITU-D region: Asia and the Pacific. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>ITU-D 区域：亚太。国际电联电信发展部门（ITU-D）的六个区域之一。国际电联还将其成员国分为 A 至 E 行政区（用于理事会和无线电规则委员会的选举），《无线电规则》将世界划分为 ITU-R 第 1 至第 3 区（用于频率划分）；这些是不同的分组。</translation>
    </message>
    <message>
        <source>Commonwealth of Independent States</source>
        <translation>独立国家联合体</translation>
    </message>
    <message>
        <source>ITU-D region: Commonwealth of Independent States. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>ITU-D 区域：独立国家联合体。国际电联电信发展部门（ITU-D）的六个区域之一。国际电联还将其成员国分为 A 至 E 行政区（用于理事会和无线电规则委员会的选举），《无线电规则》将世界划分为 ITU-R 第 1 至第 3 区（用于频率划分）；这些是不同的分组。</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>ITU-D region: Europe. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>ITU-D 区域：欧洲。国际电联电信发展部门（ITU-D）的六个区域之一。国际电联还将其成员国分为 A 至 E 行政区（用于理事会和无线电规则委员会的选举），《无线电规则》将世界划分为 ITU-R 第 1 至第 3 区（用于频率划分）；这些是不同的分组。</translation>
    </message>
    <message>
        <source>Least developed country</source>
        <translation>最不发达国家</translation>
    </message>
    <message>
        <source>Landlocked developing country</source>
        <translation>内陆发展中国家</translation>
    </message>
    <message>
        <source>Small island developing state</source>
        <translation>小岛屿发展中国家</translation>
    </message>
    <message>
        <source>Developing country</source>
        <translation>发展中国家</translation>
    </message>
    <message>
        <source>Economy in transition</source>
        <translation>经济转型国家</translation>
    </message>
    <message>
        <source>Developed country</source>
        <translation>发达国家</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Not tied to any particular region, country or place: the use case applies wherever its actors exist (IEC 62559-2, &apos;generic, regional or national relation&apos;).</source>
        <translation>不限于任何特定区域、国家或地点：只要存在其参与者，用例即适用（IEC 62559-2，“通用、区域或国家关系”）。</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Tied to a region above the national level, such as a group of countries that share rules, a market or infrastructure (for example European or East African).</source>
        <translation>限于国家层级之上的区域，例如共享规则、市场或基础设施的一组国家（如欧洲或东非）。</translation>
    </message>
    <message>
        <source>National</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Tied to the regulation, market or infrastructure of one country.</source>
        <translation>限于一个国家的法规、市场或基础设施。</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Tied to one place below the national level: a city, a municipality or a group of them, a sub-national region, a utility or a site.</source>
        <translation>限于国家层级以下的某个地点：一个城市、一个或一组市镇、一个次国家级区域、一家公用事业机构或一个场所。</translation>
    </message>
    <message>
        <source>Concept or study</source>
        <translation>概念或研究</translation>
    </message>
    <message>
        <source>Lab prototype</source>
        <translation>实验室原型</translation>
    </message>
    <message>
        <source>Field pilot</source>
        <translation>现场试点</translation>
    </message>
    <message>
        <source>In operation at one site</source>
        <translation>在一个地点投入运行</translation>
    </message>
    <message>
        <source>Scaled to several sites or regions</source>
        <translation>已推广到多个地点或区域</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>For comment</source>
        <translation>征求意见</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>已商定</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>2G/3G/4G cellular</source>
        <translation>2G/3G/4G 蜂窝网络</translation>
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
        <translation>低功耗蓝牙</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Power-line communication</source>
        <translation>电力线通信</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>卫星</translation>
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
        <translation>有线以太网/现场总线</translation>
    </message>
    <message>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <source>Near-field communication (ISO/IEC 18092 and the NFC Forum specifications): contact-range links and tags.</source>
        <translation>近场通信（ISO/IEC 18092 及 NFC Forum 规范）：接触距离内的链路和标签。</translation>
    </message>
    <message>
        <source>RFID</source>
        <translation>RFID</translation>
    </message>
    <message>
        <source>Radio-frequency identification: passive or active tags read by radio, e.g. ISO/IEC 18000 air interfaces and GS1 EPC tags.</source>
        <translation>射频识别：通过无线电读取的无源或有源标签，例如 ISO/IEC 18000 空中接口和 GS1 EPC 标签。</translation>
    </message>
    <message>
        <source>manual per device</source>
        <translation>逐台手动配置</translation>
    </message>
    <message>
        <source>vendor-specific bulk provisioning</source>
        <translation>厂商专有的批量配置</translation>
    </message>
    <message>
        <source>LwM2M bootstrap</source>
        <translation>LwM2M 引导</translation>
    </message>
    <message>
        <source>FIDO Device Onboard</source>
        <translation>FIDO Device Onboard</translation>
    </message>
    <message>
        <source>Matter commissioning</source>
        <translation>Matter 配网</translation>
    </message>
    <message>
        <source>SIM-based</source>
        <translation>基于 SIM</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Syntactic</source>
        <translation>语法</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>语义</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>ITU-T</source>
        <translation>ITU-T</translation>
    </message>
    <message>
        <source>ITU-R</source>
        <translation>ITU-R</translation>
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
        <translation>OPC 基金会</translation>
    </message>
    <message>
        <source>Connectivity Standards Alliance</source>
        <translation>连接标准联盟</translation>
    </message>
    <message>
        <source>LoRa Alliance</source>
        <translation>LoRa 联盟</translation>
    </message>
    <message>
        <source>OASC</source>
        <translation>OASC</translation>
    </message>
    <message>
        <source>FIWARE Foundation</source>
        <translation>FIWARE 基金会</translation>
    </message>
    <message>
        <source>ECHONET Consortium</source>
        <translation>ECHONET 联盟</translation>
    </message>
    <message>
        <source>IDSA</source>
        <translation>IDSA</translation>
    </message>
    <message>
        <source>International Data Spaces Association</source>
        <translation>国际数据空间协会</translation>
    </message>
    <message>
        <source>IDTA</source>
        <translation>IDTA</translation>
    </message>
    <message>
        <source>Industrial Digital Twin Association (Asset Administration Shell)</source>
        <translation>工业数字孪生协会（资产管理壳）</translation>
    </message>
    <message>
        <source>SAE</source>
        <translation>SAE</translation>
    </message>
    <message>
        <source>SAE International</source>
        <translation>国际自动机工程师学会（SAE International）</translation>
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
        <translation>医疗信息集成规范（IHE）</translation>
    </message>
    <message>
        <source>CEN/CENELEC</source>
        <translation>CEN/CENELEC</translation>
    </message>
    <message>
        <source>European Committee for Standardization and European Committee for Electrotechnical Standardization</source>
        <translation>欧洲标准化委员会和欧洲电工标准化委员会</translation>
    </message>
    <message>
        <source>GSMA</source>
        <translation>GSMA</translation>
    </message>
    <message>
        <source>GSM Association</source>
        <translation>全球移动通信系统协会</translation>
    </message>
    <message>
        <source>DLMS UA</source>
        <translation>DLMS UA</translation>
    </message>
    <message>
        <source>DLMS User Association</source>
        <translation>DLMS 用户协会</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>已识别</translation>
    </message>
    <message>
        <source>Liaised</source>
        <translation>已联络</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>工作项目</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Extends</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Create: an object is created</source>
        <translation>创建：创建一个对象</translation>
    </message>
    <message>
        <source>Get: information is read or requested</source>
        <translation>获取：读取或请求信息</translation>
    </message>
    <message>
        <source>Change: an object is modified</source>
        <translation>更改：修改一个对象</translation>
    </message>
    <message>
        <source>Delete: an object is removed</source>
        <translation>删除：移除一个对象</translation>
    </message>
    <message>
        <source>Cancel: an activity is stopped</source>
        <translation>取消：停止一项活动</translation>
    </message>
    <message>
        <source>Close: an activity or session ends</source>
        <translation>关闭：一项活动或会话结束</translation>
    </message>
    <message>
        <source>Execute: an action is carried out</source>
        <translation>执行：执行一个动作</translation>
    </message>
    <message>
        <source>Report: information is sent without a request</source>
        <translation>报告：未经请求即发送信息</translation>
    </message>
    <message>
        <source>Timer: a step waits for a time or a period</source>
        <translation>定时：步骤等待某一时刻或一段时间</translation>
    </message>
    <message>
        <source>Repeat: a group of steps runs again</source>
        <translation>重复：一组步骤再次运行</translation>
    </message>
</context>
<context>
    <name>casebook::ui::AttachmentListModel</name>
    <message>
        <source>%1
A program or script: Casebook asks before opening it.
SHA-256 %2</source>
        <translation>%1
程序或脚本：Casebook 会在打开前询问。
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
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>casebook::ui::AttachmentsSection</name>
    <message>
        <source>Files attached to this use case:</source>
        <translation>附加到此用例的文件：</translation>
    </message>
    <message>
        <source>No attachments. Add contributions, diagrams or data files: each is stored once in the repository, whatever uses it.</source>
        <translation>没有附件。可添加文稿、图表或数据文件：无论有多少用例使用，每个文件在存储库中只存储一次。</translation>
    </message>
    <message>
        <source>Attachments can be added and opened once the use case is in a repository.</source>
        <translation>用例存入存储库后才能添加和打开附件。</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the limit for an attachment.</source>
        <translation>%1 大于 %2，超过附件的上限。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Open a Program?</source>
        <translation>要打开程序吗？</translation>
    </message>
    <message>
        <source>“%1” is a program or script. Opening it may run it on this computer with your permissions.</source>
        <translation>“%1”是程序或脚本。打开它可能会以您的权限在此计算机上运行它。</translation>
    </message>
    <message>
        <source>Open it only if you trust where it came from.</source>
        <translation>仅在您信任其来源时才打开它。</translation>
    </message>
    <message>
        <source>A temporary folder to open the attachment in could not be created.</source>
        <translation>无法创建用于打开附件的临时文件夹。</translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary folder.</source>
        <translation>无法将 %1 写入临时文件夹。</translation>
    </message>
    <message>
        <source>No application on this computer could open %1.</source>
        <translation>此计算机上没有能打开 %1 的应用程序。</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Remove Attachments</source>
        <translation>移除附件</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n attachment(s) from this use case?</source>
        <translation>
            <numerusform>要从此用例中移除 %n 个附件吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 adds files, %2 opens the selected one, %3 removes it</source>
        <translation>%1 添加文件，%2 打开所选文件，%3 将其移除</translation>
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
        <translation>未写入资料包</translation>
    </message>
    <message>
        <source>It is larger than 20 MB, which many mail servers refuse.</source>
        <translation>它大于 20 MB，许多邮件服务器会拒收。</translation>
    </message>
    <message>
        <source>Casebook bundle: %1</source>
        <translation>Casebook 资料包：%1</translation>
    </message>
    <message>
        <source>Attach it to your email from the folder that opened.</source>
        <translation>请从已打开的文件夹中将其附加到您的电子邮件。</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>已写入资料包</translation>
    </message>
    <message>
        <source>This bundle cannot be imported</source>
        <translation>无法导入此资料包</translation>
    </message>
    <message>
        <source>The import did not happen</source>
        <translation>导入没有进行</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <source>This repository already has everything in %1.</source>
        <translation>此存储库已包含 %1 中的全部内容。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>&amp;Bundle (.casebook)...</source>
        <translation>资料包 (.casebook)(&amp;B)...</translation>
    </message>
    <message>
        <source>Share by &amp;Email...</source>
        <translation>通过电子邮件共享(&amp;E)...</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>保存资料包</translation>
    </message>
    <message>
        <source>Casebook bundles (*.casebook)</source>
        <translation>Casebook 资料包 (*.casebook)</translation>
    </message>
    <message>
        <source>%1 is ready: %2, %3.</source>
        <translation>%1 已就绪：%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to share them).</source>
        <translation>
            <numerusform>未包含 %n 个受限用例（勾选“包含受限用例”即可共享）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>打开资料包</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>无法导入此文件</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Comparing %1 with this repository…</source>
        <translation>正在将 %1 与此存储库比较…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1. Nothing was lost: replaced versions are in each record&apos;s history, and File &gt; Take Back Last Import undoes the whole import.</source>
        <translation>%1。没有丢失任何内容：被替换的版本保存在各记录的历史中，并且可通过“文件 &gt; 撤销上次导入”撤销整个导入。</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChartView</name>
    <message>
        <source>Nothing to chart: no use case has a score.</source>
        <translation>无可绘制内容：没有任何用例有评分。</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableDelegate</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Space ticks or unticks; Enter keeps the choice</source>
        <translation>空格键勾选或取消勾选；Enter 键保留所选</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove Rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 adds a row, %2 removes the selected ones, %3 and %4 move one</source>
        <translation>%1 添加一行，%2 删除所选行，%3 和 %4 移动一行</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableModel</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices</source>
        <translation>“%1”不在可选项中</translation>
    </message>
    <message>
        <source>%1: %2 rows; the limit is %3</source>
        <translation>%1：%2 行；上限为 %3</translation>
    </message>
    <message>
        <source>%1 row %2, %3: %4</source>
        <translation>%1 第 %2 行，%3：%4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Press Space to switch between yes, unknown and no</source>
        <translation>按空格键在“是”“未知”“否”之间切换</translation>
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
        <translation>（无表头）</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>（选择字段）</translation>
    </message>
    <message>
        <source>Another column already fills this field</source>
        <translation>另一列已填充此字段</translation>
    </message>
    <message>
        <source>Not mapped: choose a field or leave it out</source>
        <translation>未映射：请选择字段或不导入</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>已选择</translation>
    </message>
    <message>
        <source>Left out (no header)</source>
        <translation>不导入（无表头）</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>已识别</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>表格中的列</translation>
    </message>
    <message>
        <source>Casebook field</source>
        <translation>Casebook 字段</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CompareActions</name>
    <message>
        <source>&amp;Compare Use Cases...</source>
        <translation>比较用例(&amp;C)...</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CompareChooser</name>
    <message>
        <source>Selected use cases</source>
        <translation>所选用例</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Use cases:</source>
        <translation>用例(&amp;U)：</translation>
    </message>
    <message>
        <source>Ru&amp;bric:</source>
        <translation>评分细则(&amp;B)：</translation>
    </message>
    <message>
        <source>Tag, saved view or search</source>
        <translation>标签、已保存的视图或搜索</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <source>Selected in the catalogue: %1</source>
        <translation>在目录中选中：%1</translation>
    </message>
    <message>
        <source>Choose a tag, a saved view or a search first.</source>
        <translation>请先选择标签、已保存的视图或搜索。</translation>
    </message>
    <message>
        <source>Where the 2 to 12 use cases to compare come from</source>
        <translation>要比较的 2 到 12 个用例的来源</translation>
    </message>
    <message>
        <source>The tag, saved view or search whose use cases are compared</source>
        <translation>要比较其用例的标签、已保存的视图或搜索</translation>
    </message>
    <message>
        <source>The rubric the use cases are compared by: %1</source>
        <translation>比较用例所依据的评分细则：%1</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CompareWindow</name>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Index Bars</source>
        <translation>指数条形图</translation>
    </message>
    <message>
        <source>Heat Map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>雷达图</translation>
    </message>
    <message>
        <source>Field Matrix</source>
        <translation>字段矩阵</translation>
    </message>
    <message>
        <source>Disagreement First</source>
        <translation>分歧优先</translation>
    </message>
    <message>
        <source>Compare Use Cases</source>
        <translation>比较用例</translation>
    </message>
    <message>
        <source>Use Cases</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>What-If Weights</source>
        <translation>假设权重</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>&amp;Export Chart...</source>
        <translation>导出图表(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Leave Presentation</source>
        <translation>退出演示</translation>
    </message>
    <message>
        <source>Reveal Scores</source>
        <translation>公布评分</translation>
    </message>
    <message>
        <source>Next View</source>
        <translation>下一个视图</translation>
    </message>
    <message>
        <source>Previous View</source>
        <translation>上一个视图</translation>
    </message>
    <message>
        <source>Next Use Case</source>
        <translation>下一个用例</translation>
    </message>
    <message>
        <source>Previous Use Case</source>
        <translation>上一个用例</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Save &amp;Workshop...</source>
        <translation>保存研讨会(&amp;W)...</translation>
    </message>
    <message>
        <source>&amp;Open Workshop...</source>
        <translation>打开研讨会(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>下一个视图(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious View</source>
        <translation>上一个视图(&amp;R)</translation>
    </message>
    <message>
        <source>Reset &amp;Weights to Rubric</source>
        <translation>将权重重置为评分细则的值(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save Weight Set...</source>
        <translation>保存权重组(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Choose 2 to 12 use cases (the selection, a tag, a saved view or a search) and a rubric, then Compare.</source>
        <translation>请选择 2 到 12 个用例（所选用例、标签、已保存的视图或搜索）和一份评分细则，然后点击“比较”。</translation>
    </message>
    <message>
        <source>None of these use cases has been scored with %1 yet.</source>
        <translation>这些用例均尚未按 %1 评分。</translation>
    </message>
    <message>
        <source>Use cases compared: %1. Rubric: %2, version %3.</source>
        <translation>比较的用例：%1。评分细则：%2，第 %3 版。</translation>
    </message>
    <message>
        <source>The scores are hidden. The facilitator reveals them with R.</source>
        <translation>评分已隐藏。主持人按 R 键公布。</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <source>Overall index (%1)</source>
        <translation>总体指数（%1）</translation>
    </message>
    <message>
        <source>Bar: overall index 0–100 from the per-criterion medians; whisker: the lowest to the highest assessor&apos;s own index.</source>
        <translation>条形：根据各准则中位数得出的 0–100 总体指数；须线：评估人自身指数的最低值到最高值。</translation>
    </message>
    <message>
        <source>Median level per criterion (%1)</source>
        <translation>各准则的中位等级（%1）</translation>
    </message>
    <message>
        <source>Each cell: the median level of the assessors and, after ↕, the spread (highest − lowest level).</source>
        <translation>每个单元格：评估人的中位等级，以及 ↕ 之后的离散度（最高等级 − 最低等级）。</translation>
    </message>
    <message>
        <source>Dimensions (%1)</source>
        <translation>维度（%1）</translation>
    </message>
    <message>
        <source>Spokes: subtotals 0–100; one line per use case (the rows selected in the table, at most %1).</source>
        <translation>辐射轴：0–100 的小计；每个用例一条线（表格中选中的行，最多 %1 条）。</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>This view has no chart to export.</source>
        <translation>此视图没有可导出的图表。</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>%1 pixels wide</source>
        <translation>宽 %1 像素</translation>
    </message>
    <message>
        <source>Resolution of the PNG:</source>
        <translation>PNG 分辨率：</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>图表已写入 %1</translation>
    </message>
    <message>
        <source>Compare 2 to 12 use cases before saving them as a workshop.</source>
        <translation>请先比较 2 到 12 个用例，再将其保存为研讨会。</translation>
    </message>
    <message>
        <source>Save Workshop</source>
        <translation>保存研讨会</translation>
    </message>
    <message>
        <source>Name of the workshop:</source>
        <translation>研讨会名称：</translation>
    </message>
    <message>
        <source>Workshop %1 saved.</source>
        <translation>已保存研讨会 %1。</translation>
    </message>
    <message>
        <source>Open Workshop</source>
        <translation>打开研讨会</translation>
    </message>
    <message>
        <source>No workshop is saved in this repository yet.</source>
        <translation>此存储库中尚未保存任何研讨会。</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>研讨会：</translation>
    </message>
    <message>
        <source>Workshop %1 - Compare Use Cases</source>
        <translation>研讨会 %1 - 比较用例</translation>
    </message>
    <message>
        <source>R reveals the scores · Left and Right change the view · Up and Down go through the use cases · Esc ends the presentation</source>
        <translation>R 键公布评分 · 左右方向键切换视图 · 上下方向键浏览用例 · Esc 键结束演示</translation>
    </message>
    <message>
        <source>The use cases by rank; a column&apos;s header sorts by it</source>
        <translation>按名次排列的用例；单击列标题即按该列排序</translation>
    </message>
    <message>
        <source>The ranking&apos;s figures, drawn as bars in the chart</source>
        <translation>排名的数值，在图表中以条形绘制</translation>
    </message>
    <message>
        <source>Each criterion&apos;s level per use case, as the heat map shows</source>
        <translation>各用例每项准则的等级，与热力图所示一致</translation>
    </message>
    <message>
        <source>Each dimension per use case; select rows to draw only those</source>
        <translation>各用例的每个维度；选择行即可只绘制这些行</translation>
    </message>
    <message>
        <source>The use cases&apos; facts side by side, and whether they differ</source>
        <translation>并排显示各用例的事实及其是否不同</translation>
    </message>
    <message>
        <source>The criteria the assessors disagree on most come first</source>
        <translation>评估人分歧最大的准则排在最前</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CountryContextEditor</name>
    <message>
        <source>List the countries of the deployment above to give each its context.</source>
        <translation>请在上方列出部署所在的国家，以便为每个国家填写背景。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>The use case as a whole:</source>
        <translation>整个用例：</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <source>The development context of what is named beside it</source>
        <translation>旁边所列对象的发展背景</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CoverPageForm</name>
    <message>
        <source>e.g. Q2/20</source>
        <translation>例如 Q2/20</translation>
    </message>
    <message>
        <source>e.g. Study Group 20</source>
        <translation>例如第 20 研究组</translation>
    </message>
    <message>
        <source>Place and date, e.g. Geneva, 3-12 March 2027</source>
        <translation>地点和日期，例如：日内瓦，2027 年 3 月 3-12 日</translation>
    </message>
    <message>
        <source>Discussion, Information or Proposal</source>
        <translation>讨论、信息或提案</translation>
    </message>
    <message>
        <source>&amp;Question(s):</source>
        <translation>课题(&amp;Q)：</translation>
    </message>
    <message>
        <source>Study &amp;group:</source>
        <translation>研究组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>会议(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>联系人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Contact &amp;organization:</source>
        <translation>联系人单位(&amp;O)：</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>联系人电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>关键词(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Abstract:</source>
        <translation>摘要(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CsvImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose the sheet</source>
        <translation>选择表格</translation>
    </message>
    <message>
        <source>A CSV file with a header row, as Excel or LibreOffice save it: comma or semicolon separated, UTF-8 or UTF-16.</source>
        <translation>带表头行的 CSV 文件，即 Excel 或 LibreOffice 保存的格式：以逗号或分号分隔，UTF-8 或 UTF-16 编码。</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>.csv 或 .txt 文件的路径</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号 ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号 ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Recognised headers already have a field. Choose one for the others, or leave them out.</source>
        <translation>已识别的表头已有对应字段。请为其他表头选择字段，或不导入它们。</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>加载映射…</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>保存映射…</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查行</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with problems are marked with their line in the file; nothing is imported while one remains.</source>
        <translation>前几行按存储后的样子显示。有问题的行会标出其在文件中的行号；只要还有问题行，就不会导入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Use the suggested values where a cell is close to a known one</source>
        <translation>当单元格接近已知值时使用建议值(&amp;U)</translation>
    </message>
    <message>
        <source>What the import will do. A copy of the repository is kept first, and every record is written at once, or none is.</source>
        <translation>导入将执行的操作。先保留存储库的副本，所有记录一次性全部写入，或全部不写入。</translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import.</source>
        <translation>%1 有表头，但没有可导入的行。</translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>加载列映射</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>映射 (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>保存列映射</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Every column has a field or is left out.</source>
        <translation>每一列都已有字段或设为不导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) need a decision: choose a field or &quot;(leave out)&quot;.</source>
        <translation>
            <numerusform>有 %n 列需要处理：请选择字段或“（不导入）”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>有 %n 行可以导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to solve before importing: correct the sheet and open it again, or change the mapping.</source>
        <translation>
            <numerusform>导入前需解决 %n 个问题：请更正表格后重新打开，或更改映射。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some values are only close to known ones: tick the box below to use the suggestions.</source>
        <translation>部分值仅与已知值相近：勾选下方的复选框即可使用建议值。</translation>
    </message>
    <message>
        <source>The table shows the first %1 rows.</source>
        <translation>表格显示前 %1 行。</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n use case(s) will be written.</source>
        <translation>
            <numerusform>%1。将写入 %n 个用例。</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets and JSON (*.csv *.txt *.tsv *.json);;All files (*)</source>
        <translation>电子表格和 JSON (*.csv *.txt *.tsv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is a Casebook bundle: import it with File &gt; Import.</source>
        <translation>%1 是 Casebook 资料包：请通过“文件 &gt; 导入”导入。</translation>
    </message>
    <message>
        <source>%1 is IEC 62559-3 XML: import it with File &gt; Import.</source>
        <translation>%1 是 IEC 62559-3 XML：请通过“文件 &gt; 导入”导入。</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1，%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) in JSON.</source>
        <translation>
            <numerusform>JSON 中有 %n 个用例。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The character between the columns of the spreadsheet</source>
        <translation>电子表格中各列之间的字符</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExchangeActions</name>
    <message>
        <source>&amp;Spreadsheet, JSON or XML...</source>
        <translation>电子表格、JSON 或 XML(&amp;S)...</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n use case(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个用例写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to export them).</source>
        <translation>
            <numerusform>未包含 %n 个受限用例（勾选“包含受限用例”即可导出）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportBundleDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>导出资料包</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>要包含的内容</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>全部(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected use cases (%n)</source>
        <translation>
            <numerusform>所选用例(&amp;S)（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Use cases with the &amp;tag</source>
        <translation>带有该标签的用例(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. sdo/ITU-T</source>
        <translation>例如 sdo/ITU-T</translation>
    </message>
    <message>
        <source>Use cases matching the se&amp;arch</source>
        <translation>符合搜索条件的用例(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. &quot;smart meter&quot; region:Africa</source>
        <translation>例如 &quot;smart meter&quot; region:Africa</translation>
    </message>
    <message>
        <source>What changed si&amp;nce</source>
        <translation>自此以来的更改(&amp;N)</translation>
    </message>
    <message>
        <source>Include &amp;attachments (uncheck for a smaller &quot;lean&quot; bundle)</source>
        <translation>包含附件(&amp;A)（取消勾选可得到更小的“精简”资料包）</translation>
    </message>
    <message>
        <source>&amp;Save bundle...</source>
        <translation>保存资料包(&amp;S)...</translation>
    </message>
    <message>
        <source>Share by e&amp;mail...</source>
        <translation>通过电子邮件共享(&amp;M)...</translation>
    </message>
    <message>
        <source>Above 20 MB: many mail servers refuse attachments this large. Leave the attachments out or choose fewer use cases.</source>
        <translation>超过 20 MB：许多邮件服务器会拒收这么大的附件。请不包含附件或选择较少的用例。</translation>
    </message>
    <message>
        <source>Include rest&amp;ricted use cases</source>
        <translation>包含受限用例(&amp;R)</translation>
    </message>
    <message>
        <source>Use cases whose sharing level is restricted are left out unless you check this, even when you selected them.</source>
        <translation>除非勾选此项，否则共享级别为受限的用例即使被选中也不会包含在内。</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1、%2 和 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n 个用例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n 个评估</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: about %2.</source>
        <translation>%1：约 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to share them.</source>
        <translation>
            <numerusform>未包含 %n 个受限用例；勾选“包含受限用例”即可共享。</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed on or after this day goes in the bundle</source>
        <translation>在此日期当天或之后更改的内容将放入资料包</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>要写入的内容</translation>
    </message>
    <message>
        <source>&amp;Use cases as a spreadsheet (CSV, one row each, every field)</source>
        <translation>以电子表格导出用例(&amp;U)（CSV，每个用例一行，包含所有字段）</translation>
    </message>
    <message>
        <source>&amp;Scores as a spreadsheet (CSV, a row per criterion and assessor, and a summary per use case)</source>
        <translation>以电子表格导出评分(&amp;S)（CSV，每项准则和每位评估人一行，每个用例一行汇总）</translation>
    </message>
    <message>
        <source>Use cases as &amp;JSON (for scripts)</source>
        <translation>以 JSON 导出用例(&amp;J)（供脚本使用）</translation>
    </message>
    <message>
        <source>Only those &amp;modified since</source>
        <translation>仅导出自此以来修改的(&amp;M)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号 ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for Excel in most European languages</source>
        <translation>分号 ( ; )，适用于大多数欧洲语言版本的 Excel</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation>分隔符(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
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
        <translation>电子表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) will be exported.</source>
        <translation>
            <numerusform>将导出 %n 个用例。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Use cases as IEC 62559-3 &amp;XML (for use-case tools)</source>
        <translation>以 IEC 62559-3 XML 导出用例(&amp;X)（供用例工具使用）</translation>
    </message>
    <message>
        <source>IEC 62559-3 XML (*.xml)</source>
        <translation>IEC 62559-3 XML (*.xml)</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to export them.</source>
        <translation>
            <numerusform>未包含 %n 个受限用例；勾选“包含受限用例”即可导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Use cases modified on or after this day</source>
        <translation>在此日期当天或之后修改的用例</translation>
    </message>
    <message>
        <source>The character between the columns of the spreadsheet</source>
        <translation>电子表格中各列之间的字符</translation>
    </message>
    <message>
        <source>The file to write: type its path or choose it with Browse…</source>
        <translation>要写入的文件：输入其路径，或通过“浏览…”选择</translation>
    </message>
</context>
<context>
    <name>casebook::ui::FacetSidebar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>None yet: View &gt; Save Current View</source>
        <translation>暂无：视图 &gt; 保存当前视图</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>发展背景</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>部署阶段</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>审批状态</translation>
    </message>
    <message>
        <source>&amp;Rename Tag &quot;%1&quot;...</source>
        <translation>重命名标签“%1”(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Merge &quot;%1&quot; Into...</source>
        <translation>将“%1”合并到(&amp;M)...</translation>
    </message>
    <message>
        <source>Set &amp;Colour...</source>
        <translation>设置颜色(&amp;C)...</translation>
    </message>
    <message>
        <source>Delete View &quot;%1&quot;</source>
        <translation>删除视图“%1”</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>ITU-D 区域</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>The counts are not available: %1</source>
        <translation>无法获取计数：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Space ticks a value to filter the list; Enter opens a saved view</source>
        <translation>空格键勾选一个值以筛选列表；Enter 键打开已保存的视图</translation>
    </message>
</context>
<context>
    <name>casebook::ui::FieldComboDelegate</name>
    <message>
        <source>Field for column %1</source>
        <translation>第 %1 列的字段</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>（选择字段）</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterDock</name>
    <message>
        <source>Gap Register</source>
        <translation>差距登记册</translation>
    </message>
    <message>
        <source>&amp;Gap Register</source>
        <translation>差距登记册(&amp;G)</translation>
    </message>
    <message>
        <source>Every standardization gap of the use cases matching the search</source>
        <translation>符合搜索条件的用例中的所有标准化差距</translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterModel</name>
    <message>
        <source>No facet</source>
        <translation>无分面</translation>
    </message>
    <message>
        <source>No candidate SDO</source>
        <translation>无候选标准制定组织</translation>
    </message>
    <message>
        <source>No Question</source>
        <translation>无课题</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>无状态</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>no candidate SDO</source>
        <translation>无候选标准制定组织</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: raised by %n use case(s) (%3)</source>
        <translation>
            <numerusform>%1，%2：由 %n 个用例提出（%3）</numerusform>
        </translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>分面</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>候选标准制定组织</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>课题</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterView</name>
    <message>
        <source>Facet</source>
        <translation>分面</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>候选标准制定组织</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>课题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Shared by several use cases</source>
        <translation>由多个用例共有</translation>
    </message>
    <message>
        <source>Group b&amp;y:</source>
        <translation>分组依据(&amp;Y)：</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>标准化差距</translation>
    </message>
    <message>
        <source>Reading the gaps…</source>
        <translation>正在读取差距…</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n 个差距</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n 个用例</numerusform>
        </translation>
    </message>
    <message>
        <source>No standardization gaps in the use cases matching this search.

Clear the search to see every gap of the repository.</source>
        <translation>符合此搜索条件的用例中没有标准化差距。

清除搜索即可查看存储库中的所有差距。</translation>
    </message>
    <message>
        <source>No standardization gaps in these use cases yet.

To add one, select a use case, open its &quot;Outcomes and gaps&quot; section and add a row under Standardization gaps.</source>
        <translation>这些用例中尚无标准化差距。

要添加差距，请选择一个用例，打开其“成果与差距”部分，在“标准化差距”下添加一行。</translation>
    </message>
    <message>
        <source>No gap is raised by more than one of these use cases.

Gaps count as shared when they have the same facet and candidate SDO and similar words.</source>
        <translation>没有差距由这些用例中的多个用例共同提出。

当差距的分面和候选标准制定组织相同且措辞相似时，视为共有。</translation>
    </message>
    <message>
        <source>How the gaps below are grouped</source>
        <translation>下方差距的分组方式</translation>
    </message>
    <message>
        <source>Enter opens a gap&apos;s use case, or opens and closes a group</source>
        <translation>Enter 键打开差距所属的用例，或展开和折叠分组</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPlanModel</name>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Stays deleted</source>
        <translation>保持删除</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>无需操作</translation>
    </message>
    <message>
        <source>Tags added</source>
        <translation>已添加标签</translation>
    </message>
    <message>
        <source>Kept, and the sheet&apos;s version added as a copy</source>
        <translation>已保留，并将表格中的版本添加为副本</translation>
    </message>
    <message>
        <source>Kept as it is here</source>
        <translation>按本地版本保留</translation>
    </message>
    <message>
        <source>Kept, tags added</source>
        <translation>已保留，已添加标签</translation>
    </message>
    <message>
        <source>Updated from the sheet</source>
        <translation>已根据表格更新</translation>
    </message>
    <message>
        <source>(new code)</source>
        <translation>（新代码）</translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation>不同之处：%1</translation>
    </message>
    <message>
        <source>New tags: %1</source>
        <translation>新标签：%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Kept, and the bundle&apos;s version added as a copy</source>
        <translation>已保留，并将资料包中的版本添加为副本</translation>
    </message>
    <message>
        <source>Replaced by the bundle&apos;s version</source>
        <translation>已替换为资料包中的版本</translation>
    </message>
    <message>
        <source>Updated from the bundle</source>
        <translation>已根据资料包更新</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged: %1 from the sheet, %2 kept</source>
        <translation>已合并：%1 来自表格，%2 保留</translation>
    </message>
    <message>
        <source>Merged: %1 from the bundle, %2 kept</source>
        <translation>已合并：%1 来自资料包，%2 保留</translation>
    </message>
    <message>
        <source>Score for criterion %1</source>
        <translation>准则 %1 的评分</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Keep deleted</source>
        <translation>保持删除</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Delete here too</source>
        <translation>本地也删除</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Keep both (add theirs as a copy)</source>
        <translation>两者都保留（将对方的添加为副本）</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>Round scores</source>
        <translation>轮次评分</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPlanView</name>
    <message>
        <source>For &amp;conflicts:</source>
        <translation>发生冲突时(&amp;C)：</translation>
    </message>
    <message>
        <source>Keep mine: keep what is here</source>
        <translation>保留我的：保留本地内容</translation>
    </message>
    <message>
        <source>Take theirs: use the incoming values</source>
        <translation>采用对方的：使用传入的值</translation>
    </message>
    <message>
        <source>Newest: the later modification wins</source>
        <translation>最新：以较晚的修改为准</translation>
    </message>
    <message>
        <source>How a conflict left on Automatic is settled</source>
        <translation>保持为“自动”的冲突如何解决</translation>
    </message>
    <message>
        <source>Records to import</source>
        <translation>要导入的记录</translation>
    </message>
    <message>
        <source>The fields of the record chosen here show below</source>
        <translation>此处所选记录的字段显示在下方</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>an unnamed member</source>
        <translation>未署名的成员</translation>
    </message>
    <message>
        <source>Bundle from %1, made %2 with Casebook %3.</source>
        <translation>来自 %1 的资料包，于 %2 使用 Casebook %3 创建。</translation>
    </message>
    <message>
        <source>You imported this bundle before, on %1.</source>
        <translation>您已于 %1 导入过此资料包。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>IEC 62559-3 use-case repository &quot;%1&quot;.</source>
        <translation>IEC 62559-3 用例存储库“%1”。</translation>
    </message>
    <message>
        <source>Changes from the team repository %1 that meet your own.</source>
        <translation>团队存储库 %1 中与您的更改相遇的更改。</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>问题与说明</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
</context>
<context>
    <name>casebook::ui::KpiSection</name>
    <message>
        <source>Date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>日期（YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Measurements of the selected KPI:</source>
        <translation>所选 KPI 的测量值(&amp;M)：</translation>
    </message>
    <message>
        <source>No dated measurements yet: add one per date, oldest first.</source>
        <translation>尚无带日期的测量值：请按日期逐条添加，最早的在前。</translation>
    </message>
    <message>
        <source>Measured over time:</source>
        <translation>随时间的测量值：</translation>
    </message>
    <message>
        <source>Select a KPI to see its measurements.</source>
        <translation>选择一个 KPI 以查看其测量值。</translation>
    </message>
    <message>
        <source>No dated measurements for this KPI.</source>
        <translation>此 KPI 没有带日期的测量值。</translation>
    </message>
</context>
<context>
    <name>casebook::ui::MainWindow</name>
    <message>
        <source>Search use cases</source>
        <translation>搜索用例</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>关于 Casebook(&amp;A)</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>关于 Casebook</translation>
    </message>
    <message>
        <source>Casebook %1

A catalogue of IoT and smart-city use cases for interoperability and standardization work.

Repository: %2</source>
        <translation>Casebook %1

面向互操作性和标准化工作的物联网与智慧城市用例目录。

存储库：%2</translation>
    </message>
    <message>
        <source>%1 - Casebook</source>
        <translation>%1 - Casebook</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n 个用例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n use case(s) match</source>
        <translation>
            <numerusform>%n 个用例中有 %1 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>The repository is damaged</source>
        <translation>存储库已损坏</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>知道了(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Select a use case to see and edit it.</source>
        <translation>选择一个用例以查看和编辑。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation>要删除已保存的视图“%1”吗？</translation>
    </message>
    <message>
        <source>Cannot delete the view</source>
        <translation>无法删除视图</translation>
    </message>
    <message>
        <source>&amp;Import Bundle or Spreadsheet...</source>
        <translation>导入资料包或电子表格(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save Use Case</source>
        <translation>保存用例(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>还原更改(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New Use Case...</source>
        <translation>新建用例(&amp;N)...</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>评分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save Current View...</source>
        <translation>保存当前视图(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>清除搜索和筛选(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>列(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Editor Sections</source>
        <translation>编辑器部分(&amp;E)</translation>
    </message>
    <message>
        <source>Show &amp;Filters</source>
        <translation>显示筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>This repository has no use cases yet.

Press Ctrl+N to record one, or import a bundle or a spreadsheet from the File menu.</source>
        <translation>此存储库中还没有用例。

按 Ctrl+N 记录一个用例，或从“文件”菜单导入资料包或电子表格。</translation>
    </message>
    <message>
        <source>No use case matches &quot;%1&quot;.

Try fewer words, a shorter prefix with *, or remove a filter (Esc clears the search).</source>
        <translation>没有与“%1”匹配的用例。

请尝试减少词语、使用更短的前缀加 *，或移除筛选条件（Esc 键清除搜索）。</translation>
    </message>
    <message>
        <source>Cannot save the use case</source>
        <translation>无法保存用例</translation>
    </message>
    <message>
        <source>Undo or redo failed</source>
        <translation>撤销或重做失败</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>New Use Case</source>
        <translation>新建用例</translation>
    </message>
    <message>
        <source>Title of the new use case:</source>
        <translation>新用例的标题：</translation>
    </message>
    <message>
        <source>New use case &quot;%1&quot;</source>
        <translation>新用例“%1”</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>无法复制</translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>复制“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n use case(s)</source>
        <translation>
            <numerusform>删除 %n 个用例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n use case(s). Undo with %1.</source>
        <translation>
            <numerusform>已删除 %n 个用例。按 %1 撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a search or choose filters first; a view saves them under a name.</source>
        <translation>请先输入搜索内容或选择筛选条件；视图会以一个名称保存它们。</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of the view for &quot;%1&quot;:</source>
        <translation>“%1”的视图名称：</translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation>无法保存视图</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>已保存视图“%1”。</translation>
    </message>
    <message>
        <source>Do not add to it: restore the newest backup, or export what you can.</source>
        <translation>请勿再添加内容：请恢复最新的备份，或导出能导出的内容。</translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, prefix*, tag:open-data, vertical:energy, sdg:11, region:Africa, stage:pilot</source>
        <translation>搜索：词语、&quot;短语&quot;、前缀*、tag:open-data、vertical:energy、sdg:11、region:Africa、stage:pilot</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>要保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>The use case chosen here shows in the editor</source>
        <translation>此处所选用例显示在编辑器中</translation>
    </message>
    <message>
        <source>&amp;Repository</source>
        <translation>存储库(&amp;R)</translation>
    </message>
    <message>
        <source>Imported %1. File &gt; Take Back Last Import undoes it.</source>
        <translation>已导入 %1。可通过“文件 &gt; 撤销上次导入”撤销此次导入。</translation>
    </message>
</context>
<context>
    <name>casebook::ui::PasswordDialog</name>
    <message>
        <source>Team Repository Password</source>
        <translation>团队存储库密码</translation>
    </message>
    <message>
        <source>The team repository refused the password. Password for %1:</source>
        <translation>团队存储库拒绝了该密码。%1 的密码：</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>记住到系统钥匙串中</translation>
    </message>
</context>
<context>
    <name>casebook::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Recorded as the editor of your changes and as assessor</source>
        <translation>将作为您所做更改的编辑者和评估人记录</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>A new language applies the next time Casebook starts.</source>
        <translation>新语言将在下次启动 Casebook 时生效。</translation>
    </message>
    <message>
        <source>&amp;User interface:</source>
        <translation>用户界面(&amp;U)：</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>存储库</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Default repository:</source>
        <translation>默认存储库(&amp;D)：</translation>
    </message>
    <message>
        <source>Default Repository</source>
        <translation>默认存储库</translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite)</source>
        <translation>Casebook 存储库 (*.sqlite)</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>这不是电子邮件地址。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Assessor identity:</source>
        <translation>评估人身份标识(&amp;A)：</translation>
    </message>
    <message>
        <source>Your scores are kept under this identity. To score as the same person with casebook-cli, set CASEBOOK_ASSESSOR_ID to it.</source>
        <translation>您的评分以此身份标识保存。要在 casebook-cli 中以同一身份评分，请将 CASEBOOK_ASSESSOR_ID 设为此值。</translation>
    </message>
    <message>
        <source>Put on the cover of the reports you write</source>
        <translation>显示在您所写报告的封面上</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecordChoiceDelegate</name>
    <message>
        <source>Choice for %1</source>
        <translation>%1 的选择</translation>
    </message>
    <message>
        <source>What the import does with this record</source>
        <translation>导入对此记录执行的操作</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecordDetails</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>changed there</source>
        <translation>对方有更改</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>本地有更改</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Everything in this sheet is already here.</source>
        <translation>此表格中的所有内容在本地都已存在。</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here.</source>
        <translation>此资料包中的所有内容在本地都已存在。</translation>
    </message>
    <message>
        <source>Tags added: %1</source>
        <translation>已添加标签：%1</translation>
    </message>
    <message>
        <source>New here: it will be added.</source>
        <translation>本地新增：将被添加。</translation>
    </message>
    <message>
        <source>Use for %1</source>
        <translation>用于 %1</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>不同的字段</translation>
    </message>
    <message>
        <source>Each differing field: mine, theirs, and which one to use</source>
        <translation>每个不同的字段：我的、对方的，以及使用哪一个</translation>
    </message>
    <message>
        <source>Which value the field keeps: mine or theirs</source>
        <translation>字段保留哪个值：我的还是对方的</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ReportActions</name>
    <message>
        <source>&amp;Report...</source>
        <translation>报告(&amp;R)...</translation>
    </message>
    <message>
        <source>Use cases and standardization gaps</source>
        <translation>用例与标准化差距</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report of %n use case(s) to %1.</source>
        <translation>
            <numerusform>已将包含 %n 个用例的报告写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to report them).</source>
        <translation>
            <numerusform>未包含 %n 个受限用例（勾选“包含受限用例”即可将其纳入报告）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>已写入报告</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>内容(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;ver page</source>
        <translation>封面(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Write Report</source>
        <translation>写入报告(&amp;W)</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>PDF (to print or send)</source>
        <translation>PDF（用于打印或发送）</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT, for Word or LibreOffice)</source>
        <translation>OpenDocument 文本（ODT，用于 Word 或 LibreOffice）</translation>
    </message>
    <message>
        <source>Web page (HTML, one file)</source>
        <translation>网页（HTML，单个文件）</translation>
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
        <translation>浏览…</translation>
    </message>
    <message>
        <source>R&amp;ubric:</source>
        <translation>评分细则(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>页面大小(&amp;P)：</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>The one most use cases were assessed against</source>
        <translation>大多数用例所依据的评分细则</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>网页 (*.html *.htm)</translation>
    </message>
    <message>
        <source>Write the report to</source>
        <translation>将报告写入</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) will be in the report.</source>
        <translation>
            <numerusform>报告将包含 %n 个用例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to report them.</source>
        <translation>
            <numerusform>未包含 %n 个受限用例；勾选“包含受限用例”即可将其纳入报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report failed</source>
        <translation>报告失败</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <source>The rubric whose scores the report shows</source>
        <translation>报告中显示其评分的评分细则</translation>
    </message>
    <message>
        <source>The kind of file the report is written as</source>
        <translation>报告所写入的文件类型</translation>
    </message>
    <message>
        <source>The paper size of a PDF or ODT report</source>
        <translation>PDF 或 ODT 报告的纸张大小</translation>
    </message>
    <message>
        <source>The file to write: type its path or choose it with Browse…</source>
        <translation>要写入的文件：输入其路径，或通过“浏览…”选择</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RepositoryActions</name>
    <message>
        <source>&amp;New Repository...</source>
        <translation>新建存储库(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open Repository...</source>
        <translation>打开存储库(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>打开最近使用的(&amp;R)</translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation>打开存储库</translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite);;All files (*)</source>
        <translation>Casebook 存储库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the repository</source>
        <translation>无法打开存储库</translation>
    </message>
    <message>
        <source>New Repository</source>
        <translation>新建存储库</translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite)</source>
        <translation>Casebook 存储库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the repository</source>
        <translation>无法创建存储库</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在；请选择新的文件名。</translation>
    </message>
    <message>
        <source>No recent repositories</source>
        <translation>没有最近使用的存储库</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RetagCommand</name>
    <message>
        <source>Add tags %1</source>
        <translation>添加标签 %1</translation>
    </message>
    <message>
        <source>Remove tags %1</source>
        <translation>移除标签 %1</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RoundScoreDialog</name>
    <message>
        <source>Round %1 of %2 — %3</source>
        <translation>%2 第 %1 轮 — %3</translation>
    </message>
    <message>
        <source>Your answers in round %1. An answer that differs from your answer in the round before needs a reason; the other assessors&apos; answers stay hidden until the facilitator reveals the round.</source>
        <translation>您在第 %1 轮的回答。与您上一轮回答不同的回答需要说明理由；在主持人公布本轮之前，其他评估人的回答保持隐藏。</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Reason for a change</source>
        <translation>更改理由</translation>
    </message>
    <message>
        <source>Answer for %1 of %2</source>
        <translation>%2 的 %1 的回答</translation>
    </message>
    <message>
        <source>Reason for %1 of %2</source>
        <translation>%2 的 %1 的理由</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>您的回答</translation>
    </message>
    <message>
        <source>Needed when the answer changes from the round before</source>
        <translation>回答与上一轮不同时必须填写</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RoundsPanel</name>
    <message>
        <source>open: each assessor sees only their own scores</source>
        <translation>开放中：每位评估人只能看到自己的评分</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>&amp;Open Round</source>
        <translation>开始一轮(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;veal Round</source>
        <translation>公布本轮(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;lose Round</source>
        <translation>结束本轮(&amp;L)</translation>
    </message>
    <message>
        <source>Agreement per criterion, round by round (spread: mean of highest − lowest level; ▲▼: change against the round before):</source>
        <translation>各准则逐轮的一致性（离散度：最高等级 − 最低等级的平均值；▲▼：相对上一轮的变化）：</translation>
    </message>
    <message>
        <source>Rounds belong to a workshop: save this comparison as a workshop (Compare &gt; Save Workshop) to run them.</source>
        <translation>轮次属于研讨会：请将此比较保存为研讨会（比较 &gt; 保存研讨会）后再进行轮次。</translation>
    </message>
    <message>
        <source>Workshop %1 · round %2, %3</source>
        <translation>研讨会 %1 · 第 %2 轮，%3</translation>
    </message>
    <message>
        <source>Workshop %1 · no round yet: Open Round starts round 1.</source>
        <translation>研讨会 %1 · 尚无轮次：“开始一轮”将开始第 1 轮。</translation>
    </message>
    <message>
        <source>Round %1 is open: its scores stay hidden until the facilitator reveals the round.</source>
        <translation>第 %1 轮处于开放状态：在主持人公布本轮之前，其评分保持隐藏。</translation>
    </message>
    <message>
        <source>Round %1, every answer under the assessor&apos;s letter:</source>
        <translation>第 %1 轮，每个回答标注评估人的字母：</translation>
    </message>
    <message>
        <source>&amp;Open Next Round</source>
        <translation>开始下一轮(&amp;O)</translation>
    </message>
    <message>
        <source>Open Round</source>
        <translation>开始一轮</translation>
    </message>
    <message>
        <source>Reveal Round</source>
        <translation>公布本轮</translation>
    </message>
    <message>
        <source>Close Round</source>
        <translation>结束本轮</translation>
    </message>
    <message>
        <source>&amp;Score This Round...</source>
        <translation>为本轮评分(&amp;S)...</translation>
    </message>
    <message>
        <source>Your answers in the open round, under the name and assessor identity of Preferences</source>
        <translation>您在开放轮次中的回答，使用“首选项”中的姓名和评估人身份标识</translation>
    </message>
    <message>
        <source>Score This Round</source>
        <translation>为本轮评分</translation>
    </message>
    <message>
        <source>Set your name in Preferences before scoring: every answer names its assessor.</source>
        <translation>评分前请先在“首选项”中设置您的姓名：每个回答都会注明评估人。</translation>
    </message>
    <message>
        <source>Answers of the round</source>
        <translation>本轮的回答</translation>
    </message>
    <message>
        <source>Every answer under the assessor&apos;s letter, once the round is revealed</source>
        <translation>本轮公布后，每个回答标注评估人的字母</translation>
    </message>
    <message>
        <source>Agreement per criterion</source>
        <translation>各准则的一致性</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RubricEditorDialog</name>
    <message>
        <source>Rubrics</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <source>&amp;Rubric:</source>
        <translation>评分细则(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Import a rubric</source>
        <translation>导入评分细则</translation>
    </message>
    <message>
        <source>Rubric (*.json)</source>
        <translation>评分细则 (*.json)</translation>
    </message>
    <message>
        <source>Export the rubric</source>
        <translation>导出评分细则</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Scale from:</source>
        <translation>量表范围从(&amp;S)：</translation>
    </message>
    <message>
        <source>Dimensions and criteria</source>
        <translation>维度与准则</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Add &amp;dimension</source>
        <translation>添加维度(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation>添加准则(&amp;C)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Select a dimension or a criterion to edit it.</source>
        <translation>选择一个维度或准则进行编辑。</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Criterion ids stay the same in every version of the rubric, so scores can be compared; the id of a stored criterion cannot change.</source>
        <translation>准则标识在评分细则的各个版本中保持不变，以便比较评分；已存储准则的标识不能更改。</translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation>标识(&amp;D)：</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>描述(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>Level descriptors</source>
        <translation>等级描述</translation>
    </message>
    <message>
        <source>Normalise to &amp;100</source>
        <translation>归一化为 100(&amp;1)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>New rubric (not saved yet)</source>
        <translation>新评分细则（尚未保存）</translation>
    </message>
    <message>
        <source>New rubric</source>
        <translation>新评分细则</translation>
    </message>
    <message>
        <source>First dimension</source>
        <translation>第一个维度</translation>
    </message>
    <message>
        <source>First criterion</source>
        <translation>第一项准则</translation>
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
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>Level %1 — %2</source>
        <translation>等级 %1 — %2</translation>
    </message>
    <message>
        <source>Total weight: %1. Each criterion counts by its share of the total; normalising makes the total 100.</source>
        <translation>总权重：%1。每项准则按其占总权重的比例计分；归一化后总权重为 100。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……以及另外 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>A new rubric: saving stores version 1.</source>
        <translation>新评分细则：保存后将存储为第 1 版。</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, used by %n assessment(s): saving a change makes a new version and leaves these assessments with version %1.</source>
        <translation>
            <numerusform>第 %1 版，已有 %n 个评估使用：保存更改将创建新版本，这些评估仍保留第 %1 版。</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of the rubric that ships with Casebook: saving a change makes a new version.</source>
        <translation>Casebook 自带评分细则的第 %1 版：保存更改将创建新版本。</translation>
    </message>
    <message>
        <source>Version %1, not used by any assessment yet: saving changes it in place.</source>
        <translation>第 %1 版，尚无评估使用：保存将直接修改此版本。</translation>
    </message>
    <message>
        <source>Rubrics — %1%2</source>
        <translation>评分细则 — %1%2</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>新维度</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>新准则</translation>
    </message>
    <message>
        <source>Also removed the warning: %1</source>
        <translation>同时移除了警告：%1</translation>
    </message>
    <message>
        <source>Give at least one criterion a weight above 0 first.</source>
        <translation>请先为至少一项准则设置大于 0 的权重。</translation>
    </message>
    <message>
        <source>Weights now add up to 100.</source>
        <translation>权重总和现为 100。</translation>
    </message>
    <message>
        <source>The rubric cannot be saved yet: %1</source>
        <translation>评分细则尚不能保存：%1</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of &quot;%2&quot; is used by %n assessment(s). Saving makes a new version; those assessments stay with version %1, unchanged.</source>
        <translation>
            <numerusform>“%2”的第 %1 版已有 %n 个评估使用。保存将创建新版本；这些评估保留第 %1 版，不做更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message numerus="yes">
        <source>Saved as version %1. Version %2 and its %n assessment(s) are unchanged.</source>
        <translation>
            <numerusform>已保存为第 %1 版。第 %2 版及其 %n 个评估保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>已保存第 %1 版。</translation>
    </message>
    <message>
        <source>Saved the new rubric as version %1.</source>
        <translation>已将新评分细则保存为第 %1 版。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>This version was already stored; nothing changed.</source>
        <translation>此版本已存储；未做任何更改。</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; version %2.</source>
        <translation>已导入“%1”第 %2 版。</translation>
    </message>
    <message>
        <source>Save the rubric before exporting it.</source>
        <translation>请先保存评分细则再导出。</translation>
    </message>
    <message>
        <source>Exported version %1 to %2.</source>
        <translation>已将第 %1 版导出到 %2。</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;?</source>
        <translation>要保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation>缩放到</translation>
    </message>
    <message>
        <source>The rubric to edit, in its latest version</source>
        <translation>要编辑的评分细则（最新版本）</translation>
    </message>
    <message>
        <source>The name assessors choose the rubric by</source>
        <translation>评估人据以选择评分细则的名称</translation>
    </message>
    <message>
        <source>What the rubric measures and when to use it</source>
        <translation>评分细则衡量的内容及其适用场合</translation>
    </message>
    <message>
        <source>The lowest and the highest level a criterion can get</source>
        <translation>准则可获得的最低和最高等级</translation>
    </message>
    <message>
        <source>A short name for what is judged</source>
        <translation>所评判内容的简短名称</translation>
    </message>
    <message>
        <source>What the assessor looks at to choose a level</source>
        <translation>评估人选择等级时考察的内容</translation>
    </message>
    <message>
        <source>It counts by its share of the total weight</source>
        <translation>按其占总权重的比例计分</translation>
    </message>
    <message>
        <source>What a use case at this level looks like</source>
        <translation>处于此等级的用例是什么样子</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScenarioSection</name>
    <message>
        <source>Was: &apos;%1&apos; — %2</source>
        <translation>原为：“%1”— %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Step number: 1, 2, 2.1...</source>
        <translation>步骤编号：1、2、2.1...</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>The IEC 62559-2 service of the step: CREATE, GET, REPORT...</source>
        <translation>该步骤的 IEC 62559-2 服务：CREATE、GET、REPORT...</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>Information producer: the actor the information comes from</source>
        <translation>信息生产者：信息来自的参与者</translation>
    </message>
    <message>
        <source>pick an actor</source>
        <translation>请选择参与者</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接收者</translation>
    </message>
    <message>
        <source>Information receiver: the actor the information goes to</source>
        <translation>信息接收者：信息发往的参与者</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Information exchanged: ids from the table below (I-1...)</source>
        <translation>交换的信息：下表中的标识（I-1...）</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Requirement ids from the requirements table (R-1...)</source>
        <translation>需求表中的需求标识（R-1...）</translation>
    </message>
    <message>
        <source>pick the information</source>
        <translation>请选择信息</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Name of activity</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Primary actor</source>
        <translation>主要参与者</translation>
    </message>
    <message>
        <source>Triggering event</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <source>Pre-conditions</source>
        <translation>前置条件</translation>
    </message>
    <message>
        <source>Post-conditions</source>
        <translation>后置条件</translation>
    </message>
    <message>
        <source>S&amp;teps of the selected scenario:</source>
        <translation>所选场景的步骤(&amp;T)：</translation>
    </message>
    <message>
        <source>This scenario has no steps yet: who sends what to whom.</source>
        <translation>此场景还没有步骤：谁向谁发送什么。</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>步骤 %1，%2：%3</translation>
    </message>
    <message>
        <source>⚠ Written before steps referred to the record&apos;s actors and information; nothing of this use case matches it yet. %1.</source>
        <translation>⚠ 写于步骤引用记录中的参与者和信息之前；此用例中尚无与之匹配的内容。%1。</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoreSheetDialog</name>
    <message>
        <source>Score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Score sheet — %1 [*]</source>
        <translation>评分表 — %1 [*]</translation>
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
        <translation>不适用</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
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
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>准则</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoreSheetWidget</name>
    <message>
        <source>Use case</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>准则</translation>
    </message>
    <message>
        <source>Type a level digit, N for not applicable, U for unknown, Delete to clear.</source>
        <translation>输入等级数字，N 表示不适用，U 表示未知，Delete 键清除。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Why this level?</source>
        <translation>为什么是这个等级？</translation>
    </message>
    <message>
        <source>A link or a document reference</source>
        <translation>链接或文档引用</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>置信度(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Set your name in the preferences before scoring: every assessment names its assessor.</source>
        <translation>评分前请先在首选项中设置您的姓名：每个评估都会注明评估人。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>Regions and countries</source>
        <translation>区域与国家</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>部署阶段</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>发展背景</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Assessor: %1 · Rubric: %2, version %3</source>
        <translation>评估人：%1 · 评分细则：%2，第 %3 版</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2（%3）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Does not apply to this use case; its weight goes to the other criteria. (key N)</source>
        <translation>不适用于此用例；其权重分配给其他准则。（N 键）</translation>
    </message>
    <message>
        <source>Not known from the sources; counts as the lowest level and is flagged. (key U)</source>
        <translation>来源中未知；按最低等级计并加以标记。（U 键）</translation>
    </message>
    <message>
        <source>Not answered yet. (Delete)</source>
        <translation>尚未作答。（Delete 键）</translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation>已评分 %1/%2</translation>
    </message>
    <message>
        <source>Overall index: %1</source>
        <translation>总体指数：%1</translation>
    </message>
    <message>
        <source>Overall index: not available</source>
        <translation>总体指数：不可用</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>（不完整）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Dimensions (%1–%2): %3</source>
        <translation>维度（%1–%2）：%3</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>Save your scores for %1?</source>
        <translation>要保存您对 %1 的评分吗？</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>ITU-T 课题</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>coverage %1% of the weight</source>
        <translation>覆盖率为权重的 %1%</translation>
    </message>
    <message>
        <source>below the rubric&apos;s minimum of %1%: not ranked</source>
        <translation>低于评分细则的最低要求 %1%：不参与排名</translation>
    </message>
    <message>
        <source>⚠ knock-out %1: %2</source>
        <translation>⚠ 一票否决 %1：%2</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>How sure you are of the level you chose</source>
        <translation>您对所选等级的把握程度</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoringActions</name>
    <message>
        <source>&amp;Score Use Case...</source>
        <translation>为用例评分(&amp;S)...</translation>
    </message>
    <message>
        <source>Edit &amp;Rubric...</source>
        <translation>编辑评分细则(&amp;R)...</translation>
    </message>
    <message>
        <source>Score Use Case</source>
        <translation>为用例评分</translation>
    </message>
    <message>
        <source>Set your name in the preferences before scoring: every assessment names its assessor.</source>
        <translation>评分前请先在首选项中设置您的姓名：每个评估都会注明评估人。</translation>
    </message>
    <message>
        <source>Open Preferences…</source>
        <translation>打开首选项…</translation>
    </message>
    <message>
        <source>Cannot open the score sheet</source>
        <translation>无法打开评分表</translation>
    </message>
    <message>
        <source>Cannot open the rubric</source>
        <translation>无法打开评分细则</translation>
    </message>
</context>
<context>
    <name>casebook::ui::SearchProblemsLabel</name>
    <message>
        <source>Did you mean %1?</source>
        <translation>您是否是指 %1？</translation>
    </message>
    <message>
        <source>Try one of %1.</source>
        <translation>请尝试以下之一：%1。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……以及另外 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a suggestion to put it in the search.</source>
        <translation>点击建议即可将其放入搜索。</translation>
    </message>
</context>
<context>
    <name>casebook::ui::SelectionBox</name>
    <message>
        <source>Which use cases</source>
        <translation>哪些用例</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected use case(s)</source>
        <translation>
            <numerusform>所选的 %n 个用例</numerusform>
        </translation>
    </message>
    <message>
        <source>Those matching the search (no search now)</source>
        <translation>符合搜索条件的（当前无搜索）</translation>
    </message>
    <message>
        <source>Those matching the search “%1”</source>
        <translation>符合搜索“%1”的</translation>
    </message>
    <message>
        <source>&amp;All use cases</source>
        <translation>所有用例(&amp;A)</translation>
    </message>
    <message>
        <source>Include rest&amp;ricted use cases</source>
        <translation>包含受限用例(&amp;R)</translation>
    </message>
    <message>
        <source>Use cases whose sharing level is restricted are left out unless you check this, even when you selected them.</source>
        <translation>除非勾选此项，否则共享级别为受限的用例即使被选中也不会包含在内。</translation>
    </message>
</context>
<context>
    <name>casebook::ui::StringListEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add what you typed (Enter)</source>
        <translation>添加您输入的内容（Enter 键）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected entry (%1)</source>
        <translation>移除所选条目（%1）</translation>
    </message>
    <message>
        <source>%1 removes the selected entry</source>
        <translation>%1 移除所选条目</translation>
    </message>
</context>
<context>
    <name>casebook::ui::SyncActions</name>
    <message>
        <source>S&amp;ync with Team Repository...</source>
        <translation>与团队存储库同步(&amp;Y)...</translation>
    </message>
    <message>
        <source>Receive the team repository&apos;s changes and send yours.</source>
        <translation>接收团队存储库的更改并发送您的更改。</translation>
    </message>
    <message>
        <source>Sync with Team Repository</source>
        <translation>与团队存储库同步</translation>
    </message>
    <message>
        <source>The team repository cannot be reached</source>
        <translation>无法连接团队存储库</translation>
    </message>
    <message>
        <source>The sync did not happen</source>
        <translation>同步没有进行</translation>
    </message>
    <message>
        <source>The sync did not finish</source>
        <translation>同步未完成</translation>
    </message>
    <message>
        <source>Nothing new from the team repository.</source>
        <translation>团队存储库中没有新内容。</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n local change(s).</source>
        <translation>
            <numerusform>已发送 %n 项本地更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Team repository unreachable</source>
        <translation>团队存储库无法连接</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1; %n pending change(s)</source>
        <translation>
            <numerusform>同步于 %1；%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>; team repository unreachable</source>
        <translation>；团队存储库无法连接</translation>
    </message>
    <message>
        <source>Team repository (a connection such as service=casebook-team or postgresql://host/db):</source>
        <translation>团队存储库（连接，例如 service=casebook-team 或 postgresql://主机/数据库）：</translation>
    </message>
</context>
<context>
    <name>casebook::ui::TagActions</name>
    <message>
        <source>Add &amp;Tags...</source>
        <translation>添加标签(&amp;T)...</translation>
    </message>
    <message>
        <source>Re&amp;move Tags...</source>
        <translation>移除标签(&amp;M)...</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation>添加标签</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n use case(s), separated by commas (sdo/oneM2M nests under sdo):</source>
        <translation>
            <numerusform>要添加到 %n 个用例的标签，以逗号分隔（sdo/oneM2M 嵌套在 sdo 之下）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the tags</source>
        <translation>无法添加标签</translation>
    </message>
    <message>
        <source>The selected use cases have no tags.</source>
        <translation>所选用例没有标签。</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>要移除的标签：</translation>
    </message>
    <message>
        <source>Cannot remove the tag</source>
        <translation>无法移除标签</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot; (tags nested under it follow):</source>
        <translation>“%1”的新名称（其下嵌套的标签随之更改）：</translation>
    </message>
    <message>
        <source>Cannot rename the tag</source>
        <translation>无法重命名标签</translation>
    </message>
    <message>
        <source>Rename tag &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>将标签“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into:</source>
        <translation>将“%1”合并到：</translation>
    </message>
    <message>
        <source>Cannot merge the tags</source>
        <translation>无法合并标签</translation>
    </message>
    <message>
        <source>Merge tag &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>将标签“%1”合并到“%2”</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <source>Cannot set the colour</source>
        <translation>无法设置颜色</translation>
    </message>
</context>
<context>
    <name>casebook::ui::TakeBackActions</name>
    <message>
        <source>&amp;Take Back Last Import...</source>
        <translation>撤销上次导入(&amp;T)...</translation>
    </message>
    <message>
        <source>Take back the last import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <source>Nothing was imported into this repository, or every import was taken back.</source>
        <translation>此存储库中没有导入过任何内容，或所有导入均已撤销。</translation>
    </message>
    <message>
        <source>Take back the import of %1 from %2?</source>
        <translation>要撤销 %1 的导入（%2）吗？</translation>
    </message>
    <message>
        <source>Take Back</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>The import was not taken back</source>
        <translation>导入未撤销</translation>
    </message>
    <message>
        <source>Import taken back</source>
        <translation>导入已撤销</translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 was taken back: %n use case(s) are as they were before it.</source>
        <translation>
            <numerusform>%1 的导入已撤销：%n 个用例已恢复到导入前的状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>It added %1, updated %2 and deleted %3 records. Each goes back to how it was before the import; importing the file again brings the same changes.</source>
        <translation>该导入添加了 %1 条、更新了 %2 条并删除了 %3 条记录。每条记录都将恢复到导入之前的状态；再次导入该文件会带来相同的更改。</translation>
    </message>
    <message>
        <source>Taking back the import of %1…</source>
        <translation>正在撤销 %1 的导入…</translation>
    </message>
</context>
<context>
    <name>casebook::ui::UseCaseEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Identity and provenance</source>
        <translation>标识与来源</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>叙述</translation>
    </message>
    <message>
        <source>Technology and interoperability</source>
        <translation>技术与互操作性</translation>
    </message>
    <message>
        <source>Outcomes and gaps</source>
        <translation>成果与差距</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>转到 %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Another one, not in the list</source>
        <translation>其他（不在列表中）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add and tick what you typed (Enter)</source>
        <translation>添加并勾选您输入的内容（Enter 键）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Required: what the use case is about, in a few words</source>
        <translation>必填：用几个词说明用例的主题</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Given when saved, e.g. UC-2026-014</source>
        <translation>保存时分配，例如 UC-2026-014</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>e.g. 1.2</source>
        <translation>例如 1.2</translation>
    </message>
    <message>
        <source>Approval &amp;status:</source>
        <translation>审批状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Source &amp;organization:</source>
        <translation>来源组织(&amp;O)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Su&amp;bmitters:</source>
        <translation>提交者(&amp;B)：</translation>
    </message>
    <message>
        <source>Submitters</source>
        <translation>提交者</translation>
    </message>
    <message>
        <source>No submitters yet. Add the people who contributed this use case.</source>
        <translation>尚无提交者。请添加提供此用例的人员。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source &amp;documents:</source>
        <translation>来源文档(&amp;D)：</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>来源文档</translation>
    </message>
    <message>
        <source>No source documents yet. Add contributions, meeting reports or links.</source>
        <translation>尚无来源文档。请添加文稿、会议报告或链接。</translation>
    </message>
    <message>
        <source>S&amp;haring level:</source>
        <translation>共享级别(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>许可(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. CC BY 4.0</source>
        <translation>例如 CC BY 4.0</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Language of the text, e.g. en, ar, zh-Hans</source>
        <translation>文本的语言，例如 en、ar、zh-Hans</translation>
    </message>
    <message>
        <source>&amp;Verticals:</source>
        <translation>垂直行业(&amp;V)：</translation>
    </message>
    <message>
        <source>S&amp;DGs:</source>
        <translation>可持续发展目标(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;U4SSC KPI codes:</source>
        <translation>U4SSC KPI 代码(&amp;U)：</translation>
    </message>
    <message>
        <source>A KPI code from ITU-T Y.4903, then Enter</source>
        <translation>输入 ITU-T Y.4903 中的 KPI 代码，然后按 Enter 键</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <source>Type a country name or ISO code, then Enter</source>
        <translation>输入国家名称或 ISO 代码，然后按 Enter 键</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country</source>
        <translation>“%1”不是已知的国家</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country (did you mean %2?)</source>
        <translation>“%1”不是已知的国家（您是否是指 %2？）</translation>
    </message>
    <message>
        <source>Development conte&amp;xt:</source>
        <translation>发展背景(&amp;X)：</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>关系(&amp;L)：</translation>
    </message>
    <message>
        <source>Deployment s&amp;tage:</source>
        <translation>部署阶段(&amp;T)：</translation>
    </message>
    <message>
        <source>Use case UUID</source>
        <translation>用例 UUID</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Related use cas&amp;es:</source>
        <translation>相关用例(&amp;E)：</translation>
    </message>
    <message>
        <source>Related use cases</source>
        <translation>相关用例</translation>
    </message>
    <message>
        <source>No related use cases. Add one by its UUID.</source>
        <translation>没有相关用例。请通过 UUID 添加。</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>A few sentences a reader sees first</source>
        <translation>读者首先看到的几句话</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>目标(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Problem and why current standards fall short:</source>
        <translation>问题及现有标准的不足(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Benefits:</source>
        <translation>效益(&amp;B)：</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>参与者(&amp;A)：</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>No actors yet. Add the people, devices, systems and organizations involved.</source>
        <translation>尚无参与者。请添加所涉及的人员、设备、系统和组织。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>S&amp;cenarios:</source>
        <translation>场景(&amp;C)：</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>No scenarios yet. Add one, then its numbered steps below.</source>
        <translation>尚无场景。请添加一个场景，然后在下方添加其编号步骤。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Data model or standard</source>
        <translation>数据模型或标准</translation>
    </message>
    <message>
        <source>&amp;Information exchanged:</source>
        <translation>交换的信息(&amp;I)：</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>交换的信息</translation>
    </message>
    <message>
        <source>Nothing listed yet. Add each piece of information and the data model that carries it.</source>
        <translation>尚未列出任何内容。请添加每项信息及承载它的数据模型。</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>分面</translation>
    </message>
    <message>
        <source>Conformance tested</source>
        <translation>已做一致性测试</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Standards used:</source>
        <translation>所用标准(&amp;S)：</translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation>所用标准</translation>
    </message>
    <message>
        <source>No standards yet. Add each standard with the interoperability facet it serves.</source>
        <translation>尚无标准。请添加每项标准及其服务的互操作性分面。</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Interfaces (pivotal points of interoperability):</source>
        <translation>接口（互操作性的关键点）(&amp;I)：</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>No interfaces yet. Add the points where actors connect and the standard used there.</source>
        <translation>尚无接口。请添加参与者之间的连接点及其所用标准。</translation>
    </message>
    <message>
        <source>&amp;Platforms:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. FIWARE Context Broker, then Enter</source>
        <translation>例如 FIWARE Context Broker，然后按 Enter 键</translation>
    </message>
    <message>
        <source>&amp;Connectivity:</source>
        <translation>连接方式(&amp;C)：</translation>
    </message>
    <message>
        <source>Device &amp;onboarding:</source>
        <translation>设备入网(&amp;O)：</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Globally unique</source>
        <translation>全球唯一</translation>
    </message>
    <message>
        <source>Resolvable</source>
        <translation>可解析</translation>
    </message>
    <message>
        <source>I&amp;dentifier schemes:</source>
        <translation>标识符方案(&amp;D)：</translation>
    </message>
    <message>
        <source>Identifier schemes</source>
        <translation>标识符方案</translation>
    </message>
    <message>
        <source>No identifier schemes yet. Add how devices, applications and data are identified.</source>
        <translation>尚无标识符方案。请添加设备、应用和数据的标识方式。</translation>
    </message>
    <message>
        <source>Securit&amp;y and privacy measures:</source>
        <translation>安全与隐私措施(&amp;Y)：</translation>
    </message>
    <message>
        <source>Security &amp;baselines:</source>
        <translation>安全基线(&amp;B)：</translation>
    </message>
    <message>
        <source>e.g. ETSI EN 303 645, then Enter</source>
        <translation>例如 ETSI EN 303 645，然后按 Enter 键</translation>
    </message>
    <message>
        <source>Data &amp;governance:</source>
        <translation>数据治理(&amp;G)：</translation>
    </message>
    <message>
        <source>Ownership, access, sharing agreements, licences</source>
        <translation>所有权、访问、共享协议、许可</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>U4SSC code</source>
        <translation>U4SSC 代码</translation>
    </message>
    <message>
        <source>&amp;KPIs:</source>
        <translation>KPI(&amp;K)：</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>No KPIs yet. Add each indicator with its values as written, units included.</source>
        <translation>尚无 KPI。请按原文添加每个指标及其数值，包括单位。</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>经验教训(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Replicable components:</source>
        <translation>可复制组件(&amp;R)：</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>候选标准制定组织</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>课题</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Standardization &amp;gaps:</source>
        <translation>标准化差距(&amp;G)：</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>标准化差距</translation>
    </message>
    <message>
        <source>No gaps recorded. Add what current standards do not cover, and who could work on it.</source>
        <translation>未记录差距。请添加现有标准未涵盖的内容，以及可由谁开展工作。</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>⚠ %1 %2</source>
        <translation>⚠ %1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ This use case cannot be saved yet: %1</source>
        <translation>⚠ 此用例尚不能保存：%1</translation>
    </message>
    <message>
        <source>New use case, not saved yet</source>
        <translation>新用例，尚未保存</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>修订号 %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>修改于 %1</translation>
    </message>
    <message>
        <source>modified %1 by %2</source>
        <translation>由 %2 修改于 %1</translation>
    </message>
    <message>
        <source>UUID %1</source>
        <translation>UUID %1</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>information producer</source>
        <translation>信息生产者</translation>
    </message>
    <message>
        <source>information receiver</source>
        <translation>信息接收者</translation>
    </message>
    <message>
        <source>information exchanged</source>
        <translation>交换的信息</translation>
    </message>
    <message>
        <source>primary actor</source>
        <translation>主要参与者</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice</source>
        <translation>“%1”被使用了两次</translation>
    </message>
    <message>
        <source>New rows get the next free %1n</source>
        <translation>新行获得下一个可用的 %1n</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>ITU-D &amp;regions:</source>
        <translation>ITU-D 区域(&amp;R)：</translation>
    </message>
    <message>
        <source>ITU-T &amp;Questions:</source>
        <translation>ITU-T 课题(&amp;Q)：</translation>
    </message>
    <message>
        <source>e.g. Q2/20, then Enter</source>
        <translation>例如 Q2/20，然后按 Enter 键</translation>
    </message>
    <message>
        <source>Related Reco&amp;mmendations or work items:</source>
        <translation>相关建议书或工作项目(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. ITU-T Y.4500.1 or a work item, then Enter</source>
        <translation>例如 ITU-T Y.4500.1 或某个工作项目，然后按 Enter 键</translation>
    </message>
    <message>
        <source>The development context of each country the use case is deployed in</source>
        <translation>用例部署所在各国的发展背景</translation>
    </message>
    <message>
        <source>Scop&amp;e:</source>
        <translation>范围(&amp;E)：</translation>
    </message>
    <message>
        <source>What the use case covers and what it leaves out</source>
        <translation>用例涵盖的内容及其不涉及的内容</translation>
    </message>
    <message>
        <source>Assu&amp;mptions:</source>
        <translation>假设(&amp;M)：</translation>
    </message>
    <message>
        <source>Something taken as given, then Enter</source>
        <translation>视为既定的事项，然后按 Enter 键</translation>
    </message>
    <message>
        <source>Pre&amp;requisites:</source>
        <translation>前提条件(&amp;R)：</translation>
    </message>
    <message>
        <source>Something that must be in place first, then Enter</source>
        <translation>必须事先具备的事项，然后按 Enter 键</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Re&amp;quirements:</source>
        <translation>需求(&amp;Q)：</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>No requirements yet. Add what the use case needs, e.g. R-1 performance: a reading arrives within 15 minutes; steps and information refer to them by id.</source>
        <translation>尚无需求。请添加用例所需的内容，例如 R-1 性能：读数在 15 分钟内送达；步骤和信息通过标识引用需求。</translation>
    </message>
    <message>
        <source>Tick each one that applies: the arrows move, Space ticks</source>
        <translation>勾选每个适用项：方向键移动，空格键勾选</translation>
    </message>
    <message>
        <source>The record&apos;s review stage, from draft to agreed or superseded</source>
        <translation>记录的审核阶段，从“草稿”到“已商定”或“已被取代”</translation>
    </message>
    <message>
        <source>The organization the use case comes from</source>
        <translation>用例的来源组织</translation>
    </message>
    <message>
        <source>Who may receive it: a restricted record leaves in no export by default</source>
        <translation>谁可以接收：默认情况下，受限记录不会包含在任何导出中</translation>
    </message>
    <message>
        <source>Whether it is tied to a region, a country or one place</source>
        <translation>是否限于某个区域、国家或某一地点</translation>
    </message>
    <message>
        <source>How far it has got, from a concept to several sites</source>
        <translation>进展程度，从概念到多个地点</translation>
    </message>
    <message>
        <source>The complete description: how it works and who does what</source>
        <translation>完整描述：如何运作以及由谁做什么</translation>
    </message>
    <message>
        <source>What the use case sets out to achieve</source>
        <translation>用例旨在实现的目标</translation>
    </message>
    <message>
        <source>The situation today, and what standards miss or get wrong</source>
        <translation>当前的情况，以及标准遗漏或处理不当之处</translation>
    </message>
    <message>
        <source>What improves, and for whom</source>
        <translation>哪些方面得到改善，惠及何人</translation>
    </message>
    <message>
        <source>How data, devices and people&apos;s privacy are protected</source>
        <translation>如何保护数据、设备和人们的隐私</translation>
    </message>
    <message>
        <source>What worked, what did not, and what others should know</source>
        <translation>哪些做法有效、哪些无效，以及其他人应了解的内容</translation>
    </message>
    <message>
        <source>Parts another deployment could reuse</source>
        <translation>其他部署可复用的部分</translation>
    </message>
</context>
<context>
    <name>casebook::ui::UseCaseListModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>垂直行业</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Not assessed against &quot;%1&quot;</source>
        <translation>未按“%1”评估</translation>
    </message>
    <message numerus="yes">
        <source>Median of %n assessor(s) against &quot;%1&quot; version %2</source>
        <translation>
            <numerusform>%n 位评估人按“%1”第 %2 版评分的中位数</numerusform>
        </translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>%1 (partial, %2% covered)</source>
        <translation>%1（部分，覆盖 %2%）</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>ITU-D 区域</translation>
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
        <translation>不在列表中：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>casebook::ui::WeightPanel</name>
    <message>
        <source>Weight set</source>
        <translation>权重组</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>另存为...</translation>
    </message>
    <message>
        <source>Weigh each &amp;criterion</source>
        <translation>为每项准则设置权重(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reset to Rubric</source>
        <translation>重置为评分细则(&amp;R)</translation>
    </message>
    <message>
        <source>Beside each weight: the range within which the top of the ranking stays the same.</source>
        <translation>每个权重旁边：排名前列保持不变的区间。</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>%1 的权重</translation>
    </message>
    <message>
        <source>Top stays from %1 to %2</source>
        <translation>在 %1 到 %2 之间前列不变</translation>
    </message>
    <message>
        <source>The use case(s) ranked first stay first while this weight stays between %1 and %2, the other weights unchanged.</source>
        <translation>在其他权重不变的情况下，只要此权重保持在 %1 到 %2 之间，排名第一的用例就仍居首位。</translation>
    </message>
    <message>
        <source>Save Weight Set</source>
        <translation>保存权重组</translation>
    </message>
    <message>
        <source>Name of the weight set:</source>
        <translation>权重组名称：</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>（已更改）</translation>
    </message>
    <message>
        <source>Choose a saved set of weights, or the rubric&apos;s own</source>
        <translation>选择已保存的权重组，或评分细则自带的权重</translation>
    </message>
    <message>
        <source>Arrows and Page Up or Down change it; the ranking follows</source>
        <translation>方向键和 Page Up、Page Down 键可调整此值；排名随之更新</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Casebook: a catalogue of IoT use cases.</source>
        <translation>Casebook：物联网用例目录。</translation>
    </message>
    <message>
        <source>The repository file (default: %1).</source>
        <translation>存储库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Cannot open the repository</source>
        <translation>无法打开存储库</translation>
    </message>
    <message>
        <source>Cannot prepare the repository</source>
        <translation>无法准备存储库</translation>
    </message>
    <message>
        <source>A .casebook bundle to preview and import.</source>
        <translation>要预览并导入的 .casebook 资料包。</translation>
    </message>
</context>
</TS>
