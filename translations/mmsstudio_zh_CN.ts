<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Breakdown</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>FrequencyCaps</name>
    <message>
        <source>a cap of 0 would send nothing: give at least 1, or send without caps</source>
        <translation>上限为 0 就什么也发不出去：至少填 1，或者不设上限发送</translation>
    </message>
    <message>
        <source>a cap is a number of messages from 1 to %1</source>
        <translation>上限是 1 到 %1 之间的条数</translation>
    </message>
    <message>
        <source>one template cannot be allowed more often (%1 a day) than all messages together (%2 a day)</source>
        <translation>同一模板的上限（每天 %1 条）不能高于全部消息的上限（每天 %2 条）</translation>
    </message>
    <message>
        <source>the hourly cap (%1) cannot be above the daily cap (%2)</source>
        <translation>每小时上限（%1 条）不能高于每天上限（%2 条）</translation>
    </message>
    <message>
        <source>frequency caps look like 1/10 (the same template a day / all messages a day) or 1/10/2 with an hourly cap (got “%1”)</source>
        <translation>频次上限的写法是 1/10（同一模板每天条数/全部消息每天条数），或加每小时上限写成 1/10/2（收到的是“%1”）</translation>
    </message>
    <message>
        <source>no caps</source>
        <translation>不设上限</translation>
    </message>
    <message numerus="yes">
        <source>the same template %n time(s) a day</source>
        <translation>
            <numerusform>同一模板每天 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) a day in all</source>
        <translation>
            <numerusform>每天共 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n an hour</source>
        <translation>
            <numerusform>每小时 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already got this template today (frequency cap: %n a day)</source>
        <translation>
            <numerusform>今天已收到过这个模板（频次上限：每天 %n 条）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already got %n message(s) today (frequency cap)</source>
        <translation>
            <numerusform>今天已收到 %n 条（频次上限）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already got %n message(s) this hour (frequency cap)</source>
        <translation>
            <numerusform>这一小时已收到 %n 条（频次上限）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MMS Studio</source>
        <translation>视频彩信工作室</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>The template designer arrives here: storyboard, frames, preview and submission.</source>
        <translation>模板设计器将出现在这里：故事板、帧、预览和提交。</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Recipient import and batch sending arrive here.</source>
        <translation>收件人导入和分批发送将出现在这里。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Delivery reports, replies and audit results arrive here.</source>
        <translation>送达报告、回复和审核结果将出现在这里。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh balance</source>
        <translation>刷新余额(&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About MMS Studio</source>
        <translation>关于视频彩信工作室(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no account is open yet</source>
        <translation>尚未打开账号</translation>
    </message>
    <message>
        <source>the platform created template %1, but it could not be recorded: %2</source>
        <translation>平台已创建模板 %1，但未能记录到本地：%2</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>已被用户取消</translation>
    </message>
</context>
<context>
    <name>SendWindow</name>
    <message>
        <source>a sending window looks like 08:00-22:00, or any for no window (got “%1”)</source>
        <translation>发送时段的写法如 08:00-22:00，不限时段写 any（收到“%1”）</translation>
    </message>
    <message>
        <source>“%1” is not a time of day: hours go from 00 to 23, minutes from 00 to 59</source>
        <translation>“%1”不是一天中的时刻：小时为 00–23，分钟为 00–59</translation>
    </message>
    <message>
        <source>the window “%1” starts when it ends; for no window use any</source>
        <translation>发送时段“%1”的开始与结束相同；不限时段请写 any</translation>
    </message>
</context>
<context>
    <name>mms</name>
    <message>
        <source>Carriers</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Carrier (by number segment)</source>
        <translation>运营商（按号段）</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Hour (China time)</source>
        <translation>小时（北京时间）</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>送达率</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>回复率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Provinces and cities by number segment</source>
        <translation>省份和城市按号段</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>a preview is saved as .mp4 (the slideshow) or .png (the conversation view)</source>
        <translation>预览只能保存为 .mp4（幻灯片播放）或 .png（对话视图）</translation>
    </message>
    <message>
        <source>the template has no frame</source>
        <translation>模板中没有任何帧</translation>
    </message>
    <message>
        <source>FFmpeg is not installed (Debian package ffmpeg)</source>
        <translation>未安装 FFmpeg（Debian 软件包 ffmpeg）</translation>
    </message>
    <message>
        <source>cannot make a temporary folder</source>
        <translation>无法创建临时文件夹</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>无法写入临时文件</translation>
    </message>
    <message>
        <source>frame %1 could not be made into video: %2</source>
        <translation>第 %1 帧无法制作成视频：%2</translation>
    </message>
    <message>
        <source>the frames could not be joined: %1</source>
        <translation>无法拼接各帧：%1</translation>
    </message>
</context>
<context>
    <name>mms::AccountManager</name>
    <message>
        <source>the account needs a name</source>
        <translation>账号需要一个名称</translation>
    </message>
    <message>
        <source>&quot;sandbox&quot; is the name of the built-in sandbox account</source>
        <translation>“sandbox”是内置沙箱账号的名称</translation>
    </message>
    <message>
        <source>the base URL must be an http:// or https:// address, e.g. https://mms.example.com/mms/api/</source>
        <translation>基础网址必须是 http:// 或 https:// 地址，例如 https://mms.example.com/mms/api/</translation>
    </message>
    <message>
        <source>userid and username are required</source>
        <translation>userid 和 username 为必填项</translation>
    </message>
</context>
<context>
    <name>mms::AccountsDialog</name>
    <message>
        <source>Send personalised recipients inline (cont as an array)</source>
        <translation>个性化发送时以内联方式提交收件人（cont 为数组）</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>新建账号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Use this account</source>
        <translation>使用此账号(&amp;U)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础网址(&amp;B)：</translation>
    </message>
    <message>
        <source>User&amp;id:</source>
        <translation>用户 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Product id:</source>
        <translation>产品 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>已删除账号 %1。</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation>（使用中）</translation>
    </message>
    <message>
        <source>sandbox (simulated platform)</source>
        <translation>sandbox（模拟平台）</translation>
    </message>
    <message>
        <source>%1 (simulated platform)</source>
        <translation>%1（模拟平台）</translation>
    </message>
    <message>
        <source>stored in the keychain; type to change</source>
        <translation>已保存在钥匙串中；输入可修改</translation>
    </message>
    <message>
        <source>The sandbox is MMS Studio&apos;s own simulated platform: every feature can be tried with it, nothing leaves this computer.</source>
        <translation>沙箱是视频彩信工作室自带的模拟平台：所有功能都可以用它试用，任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <source>Type the account&apos;s password.</source>
        <translation>请输入账号密码。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>已保存账号 %1。</translation>
    </message>
    <message>
        <source>No keychain is available (%1): the password is kept only until MMS Studio closes, and will be asked for again.</source>
        <translation>没有可用的钥匙串（%1）：密码只保留到视频彩信工作室关闭，之后会再次询问。</translation>
    </message>
    <message>
        <source>Asking %1 for the balance…</source>
        <translation>正在向 %1 查询余额…</translation>
    </message>
    <message>
        <source>Connected: the balance is %1.</source>
        <translation>连接成功：余额为 %1。</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>连接测试失败：%1</translation>
    </message>
    <message>
        <source>Type the password to test the connection.</source>
        <translation>请输入密码以测试连接。</translation>
    </message>
</context>
<context>
    <name>mms::AudienceStore</name>
    <message>
        <source>there is no audience “%1”</source>
        <translation>没有名为“%1”的客户群</translation>
    </message>
    <message>
        <source>an audience needs a name of 1 to 100 characters</source>
        <translation>客户群名称须为 1 到 100 个字符</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was changed</source>
        <translation>导入已取消，未做任何更改</translation>
    </message>
    <message>
        <source>no valid number in %1: nothing was changed</source>
        <translation>%1 中没有有效号码，未做任何更改</translation>
    </message>
</context>
<context>
    <name>mms::AudiencesDialog</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Add to the audience of that name instead of replacing its members</source>
        <translation>添加到同名客户群，而不是替换其成员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>客户群</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>客户群</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>e.g. 会员 2026</source>
        <translation>例如：会员 2026</translation>
    </message>
    <message>
        <source>Import a list as an audience</source>
        <translation>将名单导入为客户群</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message numerus="yes">
        <source>Audience “%1”: %Ln member(s); %2 rows were not valid numbers, %3 duplicates.</source>
        <translation>
            <numerusform>客户群“%1”：共 %Ln 人；%2 行不是有效号码，%3 行重复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>Choose a file with a column of mobile numbers.</source>
        <translation>请选择含有手机号码列的文件。</translation>
    </message>
    <message>
        <source>Replace the members of “%1” with the numbers of this file?</source>
        <translation>用此文件中的号码替换“%1”的成员吗？</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Remove the audience “%1”? Campaigns made from it keep their recipients.</source>
        <translation>删除客户群“%1”吗？由它创建的活动保留各自的收件人。</translation>
    </message>
</context>
<context>
    <name>mms::BalanceController</name>
    <message>
        <source>The sandbox platform could not be started: %1</source>
        <translation>无法启动沙箱平台：%1</translation>
    </message>
    <message>
        <source>The local store could not be opened: %1</source>
        <translation>无法打开本地数据库：%1</translation>
    </message>
    <message>
        <source>Balance query failed: %1</source>
        <translation>余额查询失败：%1</translation>
    </message>
    <message>
        <source>Account %1 is not in the store (%2); using the sandbox.</source>
        <translation>账号 %1 不在数据库中（%2）；改用沙箱。</translation>
    </message>
    <message>
        <source>no password is stored for it</source>
        <translation>没有为它保存密码</translation>
    </message>
    <message>
        <source>Account %1 cannot be used: %2. Enter its password in Account → Accounts….</source>
        <translation>无法使用账号 %1：%2。请在“账号 → 账号管理…”中输入密码。</translation>
    </message>
</context>
<context>
    <name>mms::BatchTableModel</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>号码数</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>任务号</translation>
    </message>
    <message>
        <source>Platform message</source>
        <translation>平台消息</translation>
    </message>
    <message>
        <source>%1 — the platform has reported on %2 of its numbers, so it did arrive: count it as sent</source>
        <translation>%1 — 平台已对其中 %2 个号码发回状态报告，说明该批次已送达平台：请记为已发送</translation>
    </message>
    <message>
        <source>Sent from %1 (process %2)</source>
        <translation>从 %1 发送（进程 %2）</translation>
    </message>
</context>
<context>
    <name>mms::BlocklistImport</name>
    <message>
        <source>more than five million numbers</source>
        <translation>超过五百万个号码</translation>
    </message>
</context>
<context>
    <name>mms::BlocklistPanel</name>
    <message>
        <source>&amp;Unblock</source>
        <translation>取消屏蔽(&amp;U)</translation>
    </message>
    <message>
        <source>Und&amp;o unblock</source>
        <translation>撤销取消屏蔽(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Blocked at</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Search by number or reason</source>
        <translation>按号码或原因搜索</translation>
    </message>
    <message>
        <source>Take the selected numbers off the blocklist: they can be sent to again</source>
        <translation>将所选号码移出黑名单：之后可以再向其发送</translation>
    </message>
    <message>
        <source>Block every number of a file (Excel, CSV or TXT): a suppression list</source>
        <translation>将文件（Excel、CSV 或 TXT）中的所有号码加入黑名单：即屏蔽名单</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) back on the blocklist.</source>
        <translation>
            <numerusform>%Ln 个号码已重新加入黑名单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) taken off the blocklist.</source>
        <translation>
            <numerusform>已将 %Ln 个号码移出黑名单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>共 %Ln 个号码</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a suppression list</source>
        <translation>导入屏蔽名单</translation>
    </message>
    <message>
        <source>No column of mobile numbers found in %1.</source>
        <translation>%1 中找不到手机号码列。</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln number(s) added to the blocklist.</source>
        <translation>
            <numerusform>%1：已将 %Ln 个号码加入黑名单。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds %2 new numbers for the blocklist; %3 are on it already, %4 rows are not valid numbers and %5 are duplicates.</source>
        <translation>%1 中有 %2 个号码可新加入黑名单；%3 个已在黑名单中，%4 行不是有效号码，%5 行重复。</translation>
    </message>
    <message>
        <source>line %1: %2 (%3)</source>
        <translation>第 %1 行：%2（%3）</translation>
    </message>
    <message>
        <source>Nothing to add.</source>
        <translation>没有可添加的号码。</translation>
    </message>
    <message>
        <source>Block these %1 numbers?</source>
        <translation>将这 %1 个号码加入黑名单吗？</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>活动 %1</translation>
    </message>
</context>
<context>
    <name>mms::BreakdownChart</name>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>暂无结果</translation>
    </message>
</context>
<context>
    <name>mms::BreakdownTableModel</name>
    <message>
        <source>Carrier (by segment)</source>
        <translation>运营商（按号段）</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Hour (China time)</source>
        <translation>小时（北京时间）</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>送达率</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>回复率</translation>
    </message>
</context>
<context>
    <name>mms::CallbackReceiver</name>
    <message>
        <source>a push from %1, which is not on the allow-list, was refused</source>
        <translation>来自 %1 的推送不在允许列表中，已拒绝</translation>
    </message>
    <message>
        <source>a push of %1 records to /%2 was refused (at most %3)</source>
        <translation>一次推送 %1 条记录到 /%2，已拒绝（最多 %3 条）</translation>
    </message>
</context>
<context>
    <name>mms::CampaignListModel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>测试发送</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Waiting for its hours</source>
        <translation>等待发送时段</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
</context>
<context>
    <name>mms::CampaignRunner</name>
    <message>
        <source>another campaign is being sent</source>
        <translation>另一个活动正在发送</translation>
    </message>
    <message>
        <source>there is no campaign %1</source>
        <translation>没有活动 %1</translation>
    </message>
    <message>
        <source>campaign %1 is %2 and cannot be sent</source>
        <translation>活动 %1 的状态为 %2，无法发送</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>定时于 %1</translation>
    </message>
    <message>
        <source>the campaign can no longer be read from the store</source>
        <translation>无法再从数据库读取该活动</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>batches with unknown outcome: %1, rejected: %2; check them</source>
        <translation>结果未知的批次：%1，被拒绝的批次：%2；请检查</translation>
    </message>
    <message>
        <source>the store could not record the batch, nothing was sent: %1</source>
        <translation>数据库无法记录该批次，未发送任何内容：%1</translation>
    </message>
    <message>
        <source>the platform could not be reached %1 times: %2</source>
        <translation>连续 %1 次无法连接平台：%2</translation>
    </message>
    <message>
        <source>%1 batches in a row have an unknown outcome: %2</source>
        <translation>连续 %1 个批次结果未知：%2</translation>
    </message>
    <message>
        <source>waiting for the sending window %1 (China time): sending goes on at %2. To change it: Sending window… in Campaigns, or mmsctl campaign resume %3 --window HH:MM-HH:MM|any</source>
        <translation>等待发送时段 %1（北京时间）：将于 %2 继续发送。更改时段：在“活动”中点“发送时段…”，或使用 mmsctl campaign resume %3 --window HH:MM-HH:MM|any</translation>
    </message>
    <message>
        <source>the campaign can no longer be read from the store: %1</source>
        <translation>无法再从数据库读取此活动：%1</translation>
    </message>
    <message>
        <source>the batch&apos;s numbers could not be read from the store, nothing was sent: %1</source>
        <translation>无法从数据库读取此批次的号码，未发送任何内容：%1</translation>
    </message>
    <message>
        <source>the batch has none</source>
        <translation>此批次没有号码</translation>
    </message>
</context>
<context>
    <name>mms::CampaignService</name>
    <message>
        <source>There is no audience “%1”.</source>
        <translation>没有名为“%1”的客户群。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Cannot read the store: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
</context>
<context>
    <name>mms::CampaignStore</name>
    <message>
        <source>not sent: every number in it had reached a frequency cap</source>
        <translation>未发送：其中每个号码都已达到频次上限</translation>
    </message>
</context>
<context>
    <name>mms::CampaignsPage</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Send batch again</source>
        <translation>重新发送该批次</translation>
    </message>
    <message>
        <source>Count batch as sent</source>
        <translation>按已发送计</translation>
    </message>
    <message>
        <source>Only if you know this batch did not reach the platform: its recipients would otherwise get the message twice.</source>
        <translation>仅当您确定该批次没有到达平台时使用，否则这些收件人会收到两次。</translation>
    </message>
    <message>
        <source>If the platform confirms it received this batch (for example, delivery reports arrive for it).</source>
        <translation>当平台确认已收到该批次时使用（例如该批次的送达报告已经到来）。</translation>
    </message>
    <message>
        <source>Batch with unknown outcome:</source>
        <translation>结果未知的批次：</translation>
    </message>
    <message numerus="yes">
        <source>%1 recipients in %n batch(es)</source>
        <translation>
            <numerusform>%1 个收件人，分 %n 批</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the reports&apos; task?</source>
        <translation>采用这些状态报告的任务号？</translation>
    </message>
    <message>
        <source>Delivery reports for %1 of this batch&apos;s %2 numbers came under task %3, which this studio did not record. Count the batch as sent and take %3 as its task, so that those reports count for this campaign? Say No to count it as sent without them (for example if you did not expect reports from this platform).</source>
        <translation>本批 %2 个号码中有 %1 个的状态报告来自任务 %3，而本工作室没有记录这个任务。是否按已发送计，并把 %3 作为本批的任务号，让这些状态报告计入本活动？选“否”则按已发送计，但不采用这些报告（例如您并不期待这个平台发来报告时）。</translation>
    </message>
    <message>
        <source>&amp;Audiences…</source>
        <translation>客户群(&amp;A)…</translation>
    </message>
    <message>
        <source>Customer lists kept in the studio, to send to again without their files</source>
        <translation>保存在工作室中的客户名单，无需原文件即可再次发送</translation>
    </message>
    <message>
        <source>Sending &amp;window…</source>
        <translation>发送时段(&amp;W)…</translation>
    </message>
    <message>
        <source>The hours this campaign may send in; outside them it waits and goes on by itself</source>
        <translation>此活动可以发送的时段；时段外自动等待，到时继续发送</translation>
    </message>
    <message>
        <source>Send a&amp;gain…</source>
        <translation>再次发送(&amp;G)…</translation>
    </message>
    <message>
        <source>A new campaign of those this one did not reach: reported failed, or also no report and never sent</source>
        <translation>为此活动未送达的号码新建活动：报告失败的，或再加上没有报告和未发出的</translation>
    </message>
    <message>
        <source>sends at any time</source>
        <translation>任何时间发送</translation>
    </message>
    <message>
        <source>sends %1 China time</source>
        <translation>北京时间 %1 发送</translation>
    </message>
    <message>
        <source>Start this campaign?</source>
        <translation>开始发送此活动？</translation>
    </message>
    <message>
        <source>frequency caps off for this campaign</source>
        <translation>本活动不设频次上限</translation>
    </message>
    <message>
        <source>%1 left out by the frequency caps</source>
        <translation>%1 个号码因频次上限未发送</translation>
    </message>
    <message>
        <source>“%1” has not been sent yet. Send it now to %2 recipients with template %3? Estimated cost: %4.</source>
        <translation>“%1”尚未发送。现在用模板 %3 发送给 %2 个收件人吗？预计费用：%4。</translation>
    </message>
</context>
<context>
    <name>mms::Carriers</name>
    <message>
        <source>China Mobile</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>China Unicom</source>
        <translation>联通</translation>
    </message>
    <message>
        <source>China Telecom</source>
        <translation>电信</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>mms::CharsetDetector</name>
    <message>
        <source>%1 (guessed; the detector said %2)</source>
        <translation>%1（猜测；检测器判断为 %2）</translation>
    </message>
</context>
<context>
    <name>mms::CheckPanel</name>
    <message>
        <source>Double-click a problem to go to its frame.</source>
        <translation>双击问题可跳转到对应的帧。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Request to the platform: %1 (attachments travel as hex, twice their size).</source>
        <translation>提交给平台的请求：%1（附件以十六进制传输，大小翻倍）。</translation>
    </message>
</context>
<context>
    <name>mms::CompareDialog</name>
    <message>
        <source>Reading the campaigns…</source>
        <translation>正在读取活动…</translation>
    </message>
    <message>
        <source>Compare campaigns</source>
        <translation>对比活动</translation>
    </message>
    <message>
        <source>Save c&amp;hart as picture…</source>
        <translation>图表另存为图片(&amp;H)…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>送达率</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>回复率</translation>
    </message>
    <message>
        <source>Cost per reply</source>
        <translation>每条回复成本</translation>
    </message>
    <message>
        <source>Failed with %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Failed otherwise</source>
        <translation>其他失败</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>无回复</translation>
    </message>
    <message>
        <source>Delivery rate and reply rate</source>
        <translation>送达率与回复率</translation>
    </message>
    <message>
        <source>Delivery rate (left axis)</source>
        <translation>送达率（左轴）</translation>
    </message>
    <message>
        <source>Reply rate (right axis)</source>
        <translation>回复率（右轴）</translation>
    </message>
    <message>
        <source>Cost per reply: what was sent, at the account&apos;s price, for each recipient who replied.</source>
        <translation>每条回复成本：按账号单价计算的发送费用，除以回复的收件人数。</translation>
    </message>
    <message>
        <source>Save chart as picture</source>
        <translation>图表另存为图片</translation>
    </message>
    <message>
        <source>campaigns compared</source>
        <translation>活动对比</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
    <message>
        <source>Could not save the chart to %1.</source>
        <translation>无法将图表保存到 %1。</translation>
    </message>
</context>
<context>
    <name>mms::ConversationView</name>
    <message>
        <source>How the recipient&apos;s phone shows it</source>
        <translation>收件人手机上的显示样式</translation>
    </message>
    <message>
        <source>Android, light</source>
        <translation>Android，浅色</translation>
    </message>
    <message>
        <source>Android, dark</source>
        <translation>Android，深色</translation>
    </message>
    <message>
        <source>iPhone, light</source>
        <translation>iPhone，浅色</translation>
    </message>
    <message>
        <source>iPhone, dark</source>
        <translation>iPhone，深色</translation>
    </message>
</context>
<context>
    <name>mms::Database</name>
    <message>
        <source>%1 is a directory, not a database file</source>
        <translation>%1 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an MMS Studio database: %2</source>
        <translation>%1 不是视频彩信工作室的数据库：%2</translation>
    </message>
    <message>
        <source>cannot configure %1: %2</source>
        <translation>无法配置 %1：%2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>无法准备 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address (postgresql://user@host:port/database)</source>
        <translation>%1 不是 PostgreSQL 地址（格式：postgresql://用户@主机:端口/数据库）</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 软件包：libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>%1 already holds tables of its own (%2) and is not an MMS Studio database; it was left untouched: give MMS Studio an empty database</source>
        <translation>%1 中已有其他数据表（%2 个），不是 MMS Studio 的数据库；未做任何改动。请为 MMS Studio 提供一个空数据库</translation>
    </message>
</context>
<context>
    <name>mms::DeliveryChart</name>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>No delivery reports yet</source>
        <translation>尚无状态报告</translation>
    </message>
</context>
<context>
    <name>mms::DesignerPage</name>
    <message>
        <source>MMS Studio templates (*.mmstpl)</source>
        <translation>视频彩信模板 (*.mmstpl)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Subject, e.g. 双十一大促</source>
        <translation>主题，例如 双十一大促</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
    <message>
        <source>Variables and sample values</source>
        <translation>变量和示例值</translation>
    </message>
    <message>
        <source>Checks and size</source>
        <translation>检查和大小</translation>
    </message>
    <message>
        <source>Fit to budget: shrink the media</source>
        <translation>压缩到预算：缩小媒体文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Fitting %1…</source>
        <translation>正在压缩 %1…</translation>
    </message>
    <message>
        <source>Fitting cancelled; the template is as it was.</source>
        <translation>已取消压缩，模板保持原样。</translation>
    </message>
    <message>
        <source>The media could not be fitted: %1</source>
        <translation>无法压缩媒体：%1</translation>
    </message>
    <message>
        <source>Everything already fits.</source>
        <translation>所有内容都已在限额之内。</translation>
    </message>
    <message>
        <source>Fitted %1 of %2 files: %3 → %4. Undo (Ctrl+Z) restores the originals.</source>
        <translation>已压缩 %2 个文件中的 %1 个：%3 → %4。撤销（Ctrl+Z）可恢复原文件。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Files changed while they were being fitted were left as they are.</source>
        <translation>压缩期间被修改的文件保持不变。</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>新建模板(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open template…</source>
        <translation>打开模板(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
        <source>Save template &amp;as…</source>
        <translation>模板另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import manifest…</source>
        <translation>导入清单(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export manifest…</source>
        <translation>导出清单(&amp;E)…</translation>
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
        <source>Add &amp;frame</source>
        <translation>添加帧(&amp;F)</translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation>添加文件(&amp;I)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate frame</source>
        <translation>复制帧(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete frame</source>
        <translation>删除帧(&amp;D)</translation>
    </message>
    <message>
        <source>Move frame &amp;left</source>
        <translation>帧左移(&amp;L)</translation>
    </message>
    <message>
        <source>Move frame &amp;right</source>
        <translation>帧右移(&amp;R)</translation>
    </message>
    <message>
        <source>Insert &amp;variable</source>
        <translation>插入变量(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Play preview</source>
        <translation>播放预览(&amp;P)</translation>
    </message>
    <message>
        <source>Fit to &amp;budget</source>
        <translation>压缩到预算(&amp;B)</translation>
    </message>
    <message>
        <source>Re-encode the videos, pictures and sounds that are too big so the template fits its size limit</source>
        <translation>重新编码过大的视频、图片和声音，使模板符合大小限制</translation>
    </message>
    <message>
        <source>Su&amp;bmit template</source>
        <translation>提交模板(&amp;B)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>Add files to the template</source>
        <translation>向模板添加文件</translation>
    </message>
    <message>
        <source>Template media (*.txt *.jpg *.jpeg *.png *.gif *.mp4 *.3gp *.mp3 *.amr *.aac *.m4a *.wav)</source>
        <translation>模板媒体 (*.txt *.jpg *.jpeg *.png *.gif *.mp4 *.3gp *.mp3 *.amr *.aac *.m4a *.wav)</translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation>未命名模板</translation>
    </message>
    <message>
        <source>%1 frames, %2 s in all</source>
        <translation>共 %1 帧，%2 秒</translation>
    </message>
    <message>
        <source>Convert the text to UTF-8?</source>
        <translation>将文本转换为 UTF-8？</translation>
    </message>
    <message>
        <source>%1 is written in %2. The platform needs UTF-8 text. Convert it? (The file on disk is not changed.)</source>
        <translation>%1 的编码是 %2。平台需要 UTF-8 文本。是否转换？（磁盘上的文件不会被修改。）</translation>
    </message>
    <message>
        <source>%1 was not added: it is not UTF-8 text.</source>
        <translation>未添加 %1：它不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>New variable ${%1}</source>
        <translation>新变量 ${%1}</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>模板“%1”有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Open template</source>
        <translation>打开模板</translation>
    </message>
    <message>
        <source>Could not open the template: %1</source>
        <translation>无法打开模板：%1</translation>
    </message>
    <message>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Could not save the template: %1</source>
        <translation>无法保存模板：%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Import a template manifest</source>
        <translation>导入模板清单</translation>
    </message>
    <message>
        <source>Template manifests (*.json)</source>
        <translation>模板清单 (*.json)</translation>
    </message>
    <message>
        <source>Could not import %1:
%2</source>
        <translation>无法导入 %1：
%2</translation>
    </message>
    <message>
        <source>Imported %1. Save it as a template file to keep it.</source>
        <translation>已导入 %1。请另存为模板文件以保留。</translation>
    </message>
    <message>
        <source>Folder for the manifest and its files</source>
        <translation>存放清单及其文件的文件夹</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Exported template.json and its files to %1.</source>
        <translation>已将 template.json 及其文件导出到 %1。</translation>
    </message>
    <message>
        <source>Recover unsaved template?</source>
        <translation>恢复未保存的模板？</translation>
    </message>
    <message>
        <source>MMS Studio was closed without saving the template &quot;%1&quot;. Recover it?</source>
        <translation>视频彩信工作室上次关闭时模板“%1”未保存。是否恢复？</translation>
    </message>
    <message>
        <source>Recovered the unsaved template. Save it to keep it.</source>
        <translation>已恢复未保存的模板。请保存以保留。</translation>
    </message>
    <message>
        <source>Looking at the media…</source>
        <translation>正在分析媒体…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>mms::DraftImport</name>
    <message>
        <source>The template uses %1 with no value: choose a column for each.</source>
        <translation>模板用到了 %1，但没有值：请为每个变量选择一列。</translation>
    </message>
    <message>
        <source>Cannot read the blocklist: %1</source>
        <translation>无法读取黑名单：%1</translation>
    </message>
    <message>
        <source>Cannot create the campaign: %1</source>
        <translation>无法创建活动：%1</translation>
    </message>
    <message>
        <source>Cannot write the recipients: %1</source>
        <translation>无法写入收件人：%1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was kept.</source>
        <translation>导入已取消，未保留任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n rows have an empty variable value: fill them in the file, or leave them out.</source>
        <translation>
            <numerusform>有 %n 行的变量值为空：请在文件中补全，或选择跳过这些行。</numerusform>
        </translation>
    </message>
    <message>
        <source>No valid recipients: check the number column.</source>
        <translation>没有有效的收件人：请检查号码列。</translation>
    </message>
    <message>
        <source>There is no audience “%1”.</source>
        <translation>没有名为“%1”的客户群。</translation>
    </message>
    <message>
        <source>Cannot read the audience: %1</source>
        <translation>无法读取客户群：%1</translation>
    </message>
    <message>
        <source>Cannot read the campaign&apos;s recipients: %1</source>
        <translation>无法读取活动的收件人：%1</translation>
    </message>
    <message>
        <source>Nobody to send to again: the campaign reached everyone in that choice, or they are on the blocklist now.</source>
        <translation>没有需要再次发送的号码：所选范围内的号码都已送达，或现已在黑名单中。</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>没有活动 %1。</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <source>%1 (again: failed)</source>
        <translation>%1（再次发送：失败）</translation>
    </message>
    <message>
        <source>%1 (again: unreached)</source>
        <translation>%1（再次发送：未送达）</translation>
    </message>
    <message>
        <source>No recipients on the carriers chosen: choose more of them.</source>
        <translation>所选运营商中没有收件人：请多选几个运营商。</translation>
    </message>
    <message>
        <source>Cannot read what was sent today: %1</source>
        <translation>无法读取今天的发送记录：%1</translation>
    </message>
    <message>
        <source>Nobody to send to: every number already got what the frequency caps allow today (Preferences → Frequency caps per number; mmsctl send --ignore-caps for one send).</source>
        <translation>没有可发送的号码：每个号码今天都已收到频次上限允许的条数（可在“首选项 → 每个号码的频次上限”中修改；单次发送可用 mmsctl send --ignore-caps）。</translation>
    </message>
    <message>
        <source>Cannot read the earlier sends: %1</source>
        <translation>无法读取以往的发送记录：%1</translation>
    </message>
    <message>
        <source>Nobody to send to: no member of the audience is in the segment chosen (%1).</source>
        <translation>没有可发送的对象：客户群中没有成员属于所选的细分（%1）。</translation>
    </message>
</context>
<context>
    <name>mms::FileFormat</name>
    <message>
        <source>is protected by a password; open it in Excel, remove the password (File → Info → Protect Workbook) and save it again</source>
        <translation>已设置密码保护；请在 Excel 中打开，取消密码（文件 → 信息 → 保护工作簿）后重新保存</translation>
    </message>
    <message>
        <source>is an Excel 97–2003 workbook (.xls); in Excel use Save As → Excel Workbook (.xlsx) or CSV</source>
        <translation>是 Excel 97–2003 工作簿（.xls）；请在 Excel 中选择“另存为 → Excel 工作簿（.xlsx）”或 CSV</translation>
    </message>
    <message>
        <source>is a Word document, not a list of recipients</source>
        <translation>是 Word 文档，不是收件人名单</translation>
    </message>
    <message>
        <source>is an old Office file; save it from Excel as an Excel Workbook (.xlsx) or CSV</source>
        <translation>是旧版 Office 文件；请在 Excel 中另存为 Excel 工作簿（.xlsx）或 CSV</translation>
    </message>
</context>
<context>
    <name>mms::FrameEditor</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>Fit to &amp;video</source>
        <translation>适配视频时长(&amp;V)</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>New &amp;text</source>
        <translation>新建文本(&amp;T)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Fit to budget</source>
        <translation>压缩到预算</translation>
    </message>
    <message>
        <source>Make the frame last as long as its video</source>
        <translation>让此帧的时长等于其视频的时长</translation>
    </message>
    <message>
        <source>Re-encode this file to its share of the template&apos;s size limit</source>
        <translation>将此文件重新编码为其在模板大小限额中的份额</translation>
    </message>
    <message>
        <source>Type the message; Ctrl+Shift+I inserts a variable such as ${Text1}.</source>
        <translation>输入短信内容；Ctrl+Shift+I 插入变量，如 ${Text1}。</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>第 %1 帧，共 %2 帧</translation>
    </message>
    <message>
        <source>No frames yet</source>
        <translation>还没有帧</translation>
    </message>
    <message>
        <source>No frame selected</source>
        <translation>未选择帧</translation>
    </message>
    <message>
        <source>Fit to video (%1 s)</source>
        <translation>适配视频时长（%1 秒）</translation>
    </message>
    <message>
        <source>Drop files here to add them to this frame, or write a new text.</source>
        <translation>将文件拖放到这里即可加入此帧，或新建一段文本。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Insert variable…</source>
        <translation>插入变量…</translation>
    </message>
    <message>
        <source>Fit to &amp;audio</source>
        <translation>适配音频时长(&amp;A)</translation>
    </message>
    <message>
        <source>Make the frame last as long as its sound</source>
        <translation>让此帧的时长等于其声音的时长</translation>
    </message>
    <message>
        <source>Fit to audio (%1 s)</source>
        <translation>适配音频时长（%1 秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long the phone shows this frame, in seconds</source>
        <translation>手机显示此帧的时长（秒）</translation>
    </message>
    <message>
        <source>exactly %1 ms</source>
        <translation>精确为 %1 毫秒</translation>
    </message>
</context>
<context>
    <name>mms::FrequencyCapsEdit</name>
    <message>
        <source>The same template at most</source>
        <translation>同一模板每天最多</translation>
    </message>
    <message>
        <source>Aliyun allows one template once a day per number and 10 messages a day; JD Cloud 20 a day. A send reported failed does not count; test sends neither count nor are capped.</source>
        <translation>阿里云规定同一模板每个号码每天 1 条、每天共 10 条；京东云每天 20 条。报告为失败的发送不计入；测试发送既不计入也不受限。</translation>
    </message>
    <message>
        <source>No caps: a number may get any number of messages a day. The platforms may refuse or block what exceeds theirs.</source>
        <translation>不设上限：一个号码每天可收到任意条数。超出平台上限的部分可能被平台拒绝或拦截。</translation>
    </message>
    <message>
        <source>Per number, China time; a send reported failed does not count. Numbers over a cap are left out and counted.</source>
        <translation>按每个号码、北京时间计算；报告为失败的发送不计入。超出上限的号码不发送，并计入统计。</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> 条</translation>
    </message>
    <message>
        <source>at most </source>
        <translation>每小时最多 </translation>
    </message>
    <message>
        <source> an hour</source>
        <translation> 条</translation>
    </message>
    <message>
        <source>no hourly cap</source>
        <translation>每小时不限</translation>
    </message>
    <message>
        <source>; all messages at most</source>
        <translation>，所有消息每天最多</translation>
    </message>
    <message>
        <source>;</source>
        <comment>between the daily and the hourly cap</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>mms::HttpExchange</name>
    <message>
        <source>unsupported URL scheme &quot;%1&quot;</source>
        <translation>不支持的网址协议“%1”</translation>
    </message>
    <message>
        <source>TLS is not available on this system</source>
        <translation>本系统不支持 TLS</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not HTTP</source>
        <translation>服务器的应答不是 HTTP</translation>
    </message>
    <message>
        <source>the server&apos;s answer is larger than %1 MB</source>
        <translation>服务器的应答超过 %1 MB</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the answer</source>
        <translation>应答中途连接断开</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>服务器未应答就关闭了连接</translation>
    </message>
</context>
<context>
    <name>mms::InboxPanel</name>
    <message>
        <source>any day</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Opt-&amp;out words only</source>
        <translation>仅退订词(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Add sender to the &amp;blocklist</source>
        <translation>将发送者加入黑名单(&amp;B)</translation>
    </message>
    <message>
        <source>Ex&amp;port…</source>
        <translation>导出(&amp;P)…</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>所有活动</translation>
    </message>
    <message>
        <source>Search the replies</source>
        <translation>搜索回复内容</translation>
    </message>
    <message>
        <source>Blocked or not</source>
        <translation>不限是否屏蔽</translation>
    </message>
    <message>
        <source>Blocked senders</source>
        <translation>已屏蔽的发送者</translation>
    </message>
    <message>
        <source>Not blocked</source>
        <translation>未屏蔽</translation>
    </message>
    <message>
        <source>Numbers on the blocklist are left out of every later send (for replies such as TD, 退订, T).</source>
        <translation>黑名单中的号码会被排除在以后的所有发送之外（适用于 TD、退订、T 等回复）。</translation>
    </message>
    <message>
        <source>Save the replies shown for Excel (.xlsx or CSV)</source>
        <translation>将显示的回复保存为 Excel 文件（.xlsx 或 CSV）</translation>
    </message>
    <message>
        <source>Replies from this day on (the platform&apos;s China time)</source>
        <translation>从这一天起的回复（平台的北京时间）</translation>
    </message>
    <message>
        <source>Replies up to this day</source>
        <translation>截至这一天的回复</translation>
    </message>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>replied &quot;%1&quot;</source>
        <translation>回复“%1”</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <source>Only replies that are one of: %1</source>
        <translation>仅显示内容为以下之一的回复：%1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s)</source>
        <translation>
            <numerusform>共 %Ln 条回复</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mms::MainWindow</name>
    <message>
        <source>Starting the sandbox platform…</source>
        <translation>正在启动沙箱平台…</translation>
    </message>
    <message>
        <source>Balance: —</source>
        <translation>余额：—</translation>
    </message>
    <message>
        <source>Sandbox account %1 (simulated platform)</source>
        <translation>沙箱账号 %1（模拟平台）</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>余额：%1</translation>
    </message>
    <message>
        <source>Receiver: %1</source>
        <translation>接收服务：%1</translation>
    </message>
    <message>
        <source>Template %1 approved by %2</source>
        <translation>模板 %1 已被%2审核通过</translation>
    </message>
    <message>
        <source>Template %1 rejected by %2</source>
        <translation>模板 %1 已被%2驳回</translation>
    </message>
    <message>
        <source>&amp;Designer</source>
        <translation>设计器(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>模板库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>Template %1 cannot be opened: %2</source>
        <translation>无法打开模板 %1：%2</translation>
    </message>
    <message>
        <source>New version of template %1; submit it to create the new version.</source>
        <translation>模板 %1 的新版本；提交后即创建新模板。</translation>
    </message>
    <message>
        <source>%1 — MMS Studio</source>
        <translation>%1 — 视频彩信工作室</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes when MMS Studio starts again. 重新启动后切换语言。</source>
        <translation>重新启动视频彩信工作室后切换语言。The language changes when MMS Studio starts again.</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账号管理(&amp;A)…</translation>
    </message>
    <message>
        <source>A campaign is being sent: pause it or let it finish before switching accounts.</source>
        <translation>有活动正在发送：请先暂停或等待其完成，再切换账号。</translation>
    </message>
    <message>
        <source>Connecting to account %1…</source>
        <translation>正在连接账号 %1…</translation>
    </message>
    <message>
        <source>Account %1: password needed</source>
        <translation>账号 %1：需要密码</translation>
    </message>
    <message>
        <source>The balance (%1) is below %2: top up before the next campaign.</source>
        <translation>余额（%1）已低于 %2：请在下次活动前充值。</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>A campaign is being sent</source>
        <translation>有活动正在发送</translation>
    </message>
    <message>
        <source>A campaign is being sent. Pause it and close once the platform has answered the batch being sent? (Resume it from the Campaigns area later.)</source>
        <translation>有活动正在发送。是否暂停它，并在平台答复正在发送的批次后关闭？（之后可在“活动”中继续。）</translation>
    </message>
    <message>
        <source>Pausing: waiting for the platform&apos;s answer to the batch being sent…</source>
        <translation>正在暂停：等待平台答复正在发送的批次…</translation>
    </message>
    <message>
        <source>Live updates from the team store paused: %1</source>
        <translation>团队数据库的实时更新已暂停：%1</translation>
    </message>
    <message>
        <source>&amp;Workspaces…</source>
        <translation>工作区(&amp;W)…</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>本地数据库</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>A campaign is being sent: pause it or let it finish before switching workspaces.</source>
        <translation>正在发送活动：请先暂停或等待发送完毕，再切换工作区。</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox:&lt;/b&gt; a simulated platform. Nothing is really sent and nothing is charged.</source>
        <translation>&lt;b&gt;沙箱：&lt;/b&gt;模拟平台，不会真实发送，也不扣费。</translation>
    </message>
    <message>
        <source>Sample template</source>
        <translation>示例模板</translation>
    </message>
    <message>
        <source>Open a sample template in the designer, to preview and submit it</source>
        <translation>在设计器中打开一个示例模板，可预览并提交</translation>
    </message>
    <message>
        <source>Sample campaign…</source>
        <translation>示例活动…</translation>
    </message>
    <message>
        <source>Start a new campaign with a sample recipients file</source>
        <translation>用示例收件人文件新建一个活动</translation>
    </message>
    <message>
        <source>sample template.mmstpl</source>
        <translation>示例模板.mmstpl</translation>
    </message>
    <message>
        <source>sample recipients.csv</source>
        <translation>示例收件人.csv</translation>
    </message>
    <message>
        <source>Could not copy the sample to %1.</source>
        <translation>无法把示例复制到 %1。</translation>
    </message>
</context>
<context>
    <name>mms::MediaProbe</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder; drop the files inside it instead.</source>
        <translation>%1 是文件夹；请拖入其中的文件。</translation>
    </message>
    <message>
        <source>%1: .%2 files cannot go in a template. Use text (txt), images (jpg, png, gif), video (mp4, 3gp) or audio (mp3, amr, aac, m4a, wav).</source>
        <translation>%1：.%2 文件不能放入模板。请使用文本（txt）、图片（jpg、png、gif）、视频（mp4、3gp）或音频（mp3、amr、aac、m4a、wav）。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 是空文件（0 字节）。</translation>
    </message>
    <message>
        <source>%1 is %2: files over %3 are not accepted, and a whole template may hold at most 1.9 MB. Shorten it first.</source>
        <translation>%1 大小为 %2：不接受超过 %3 的文件，而整个模板最多 1.9 MB。请先剪短。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be read completely.</source>
        <translation>未能完整读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not really a %2 file (its content does not match its name); was it renamed?</source>
        <translation>%1 并不是真正的 %2 文件（内容与文件名不符）；是否被改过扩展名？</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text and its encoding is unknown.</source>
        <translation>%1 不是 UTF-8 文本，且无法识别其编码。</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text and could not be read as %2.</source>
        <translation>%1 不是 UTF-8 文本，也无法按 %2 读取。</translation>
    </message>
</context>
<context>
    <name>mms::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>mms::MmsTemplate</name>
    <message>
        <source>an attachment has no name</source>
        <translation>附件没有名称</translation>
    </message>
    <message>
        <source>the attachment name &quot;%1…&quot; is too long</source>
        <translation>附件名“%1…”太长</translation>
    </message>
    <message>
        <source>the attachment name &quot;%1&quot; holds a control character</source>
        <translation>附件名“%1”含有控制字符</translation>
    </message>
    <message>
        <source>the attachment name &quot;%1&quot; is a path, not a file name</source>
        <translation>附件名“%1”是路径，不是文件名</translation>
    </message>
    <message>
        <source>the attachment name &quot;%1&quot; ends with a dot or a space</source>
        <translation>附件名“%1”以点或空格结尾</translation>
    </message>
    <message>
        <source>the attachment name &quot;%1&quot; is reserved by Windows</source>
        <translation>附件名“%1”是 Windows 保留的名称</translation>
    </message>
</context>
<context>
    <name>mms::NewCampaignWizard</name>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>The test could not be recorded: %1</source>
        <translation>无法记录测试：%1</translation>
    </message>
    <message>
        <source>Test send started (campaign %1); follow it in the Campaigns list.</source>
        <translation>测试发送已开始（活动 %1）；可在活动列表中查看。</translation>
    </message>
    <message>
        <source>Template and recipients</source>
        <translation>模板和收件人</translation>
    </message>
    <message>
        <source>mmsid</source>
        <translation>mmsid</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Recipients file:</source>
        <translation>收件人文件(&amp;R)：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Say which column holds the mobile numbers and which columns fill the template&apos;s variables.</source>
        <translation>指定哪一列是手机号码，哪些列填入模板的变量。</translation>
    </message>
    <message>
        <source>Leave out rows with an empty variable value (otherwise they stop the send)</source>
        <translation>跳过变量值为空的行（否则会阻止发送）</translation>
    </message>
    <message>
        <source>&amp;Mobile numbers in:</source>
        <translation>手机号码所在列(&amp;M)：</translation>
    </message>
    <message>
        <source>Check and send</source>
        <translation>检查并发送</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>e.g. two colleagues: 13800138000, 13900139000</source>
        <translation>例如两位同事：13800138000, 13900139000</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>发送测试</translation>
    </message>
    <message>
        <source>Test first:</source>
        <translation>先测试：</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <source>Reading and checking the recipients…</source>
        <translation>正在读取并检查收件人…</translation>
    </message>
    <message>
        <source>The template uses %1: choose a column for each.</source>
        <translation>模板使用了 %1：请为每个变量选择一列。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was kept.</source>
        <translation>已取消导入，未保留任何内容。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 recipients&lt;/b&gt; ready to send. Rows read: %2; invalid: %3; duplicates removed: %4; on the blocklist: %5.</source>
        <translation>&lt;b&gt;%1 个收件人&lt;/b&gt;可以发送。读取行数：%2；无效：%3；去除重复：%4；在黑名单中：%5。</translation>
    </message>
    <message>
        <source>By carrier: %1.</source>
        <translation>按运营商：%1。</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>not yet approved</source>
        <translation>尚未审核通过</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The balance is not enough: the campaign will pause when it runs out.</source>
        <translation>余额不足：用完时活动将暂停。</translation>
    </message>
    <message>
        <source>%1 rows have an empty variable value. Fill them in the file, or go back and choose to leave them out.</source>
        <translation>有 %1 行的变量值为空。请在文件中补全，或返回选择跳过这些行。</translation>
    </message>
    <message>
        <source>Save problem rows</source>
        <translation>保存问题行</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1 problem rows to %2.</source>
        <translation>已将 %1 个问题行保存到 %2。</translation>
    </message>
    <message>
        <source>Type one or more mobile numbers for the test.</source>
        <translation>请输入一个或多个用于测试的手机号码。</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>A test goes to at most 20 numbers.</source>
        <translation>测试最多发送给 20 个号码。</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>测试：%1</translation>
    </message>
    <message>
        <source>That time has passed: the campaign starts at once.</source>
        <translation>该时间已过：活动将立即开始。</translation>
    </message>
    <message>
        <source>Outside 08:00–22:00 China time: carriers may hold or refuse bulk sends then.</source>
        <translation>不在北京时间 08:00–22:00 之内：运营商可能延迟或拒绝此时段的群发。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This send costs about %1; the account has %2.</source>
        <translation>本次发送预计花费 %1；账号余额为 %2。</translation>
    </message>
    <message>
        <source>Choose an approved template and the file of recipients: an Excel workbook, CSV (GBK or UTF-8) or TXT with one number a line.</source>
        <translation>选择一个已通过审核的模板和收件人文件：Excel 工作簿、CSV（GBK 或 UTF-8），或每行一个号码的 TXT。</translation>
    </message>
    <message>
        <source>Save problem rows…</source>
        <translation>保存问题行…</translation>
    </message>
    <message>
        <source>problem-rows</source>
        <translation>问题行</translation>
    </message>
    <message>
        <source>audience: %1</source>
        <translation>客户群：%1</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Also &amp;keep this list as an audience named:</source>
        <translation>同时将此名单保存为客户群(&amp;K)，名称：</translation>
    </message>
    <message>
        <source>e.g. 会员 2026</source>
        <translation>例如：会员 2026</translation>
    </message>
    <message>
        <source>Recipients &amp;from:</source>
        <translation>收件人来源(&amp;F)：</translation>
    </message>
    <message>
        <source>Reading the audience…</source>
        <translation>正在读取客户群…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s); columns: %1.</source>
        <translation>
            <numerusform>共 %Ln 人；列：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audience “%1” (%2)</source>
        <translation>客户群“%1”（%2 人）</translation>
    </message>
    <message numerus="yes">
        <source>Kept as the audience “%1” (%Ln member(s)).</source>
        <translation>
            <numerusform>已保存为客户群“%1”（共 %Ln 人）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list was not kept as an audience: %1</source>
        <translation>名单未能保存为客户群：%1</translation>
    </message>
    <message>
        <source>An audience “%1” exists: replace its members with this file&apos;s?</source>
        <translation>已有名为“%1”的客户群：要用此文件中的号码替换其成员吗？</translation>
    </message>
    <message>
        <source>Outside the sending window: it waits until %1 China time.</source>
        <translation>不在发送时段内：将等到北京时间 %1 再发送。</translation>
    </message>
    <message>
        <source>Send to (by number):</source>
        <translation>发送给（按号段）：</translation>
    </message>
    <message>
        <source>Left out, on carriers not chosen: %1.</source>
        <translation>未选运营商的号码，不发送：%1 个。</translation>
    </message>
    <message>
        <source>%1 recipients are on %2, which has %3 this template: they will not receive it (go back to Columns to leave them out).</source>
        <translation>%1 个收件人属于%2，该运营商%3此模板：他们将收不到（可返回“列”页面不发给他们）。</translation>
    </message>
    <message>
        <source> (approved)</source>
        <translation>（已通过）</translation>
    </message>
    <message>
        <source> (rejected)</source>
        <translation>（已拒绝）</translation>
    </message>
    <message>
        <source> (not yet approved)</source>
        <translation>（尚未通过）</translation>
    </message>
    <message>
        <source>Left out, they already got what the frequency caps allow today: %1 (Preferences).</source>
        <translation>另有 %1 个号码今天已收到频次上限允许的条数，不发送（首选项）。</translation>
    </message>
    <message>
        <source>Send from %1</source>
        <translation>%1 起发送</translation>
    </message>
    <message>
        <source>What became of the messages sent to each member before, across this account&apos;s campaigns</source>
        <translation>各成员以往收到的消息结果，按本账号的所有活动统计</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>发送给(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>mms::NumberSegments</name>
    <message>
        <source>Cannot keep a copy of %1 in %2.</source>
        <translation>无法在 %2 中保存 %1 的副本。</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a number-segment table (at most 64 MB).</source>
        <translation>%1 太大，不像号段表（最大 64 MB）。</translation>
    </message>
    <message>
        <source>%1 is not text in %2.</source>
        <translation>%1 不是 %2 编码的文本。</translation>
    </message>
    <message>
        <source>Line %1 of %2: &quot;%3&quot; is not a seven-digit number segment (the columns are: segment, province, city, carrier).</source>
        <translation>%2 第 %1 行：“%3”不是七位号段（各列依次为：号段、省份、城市、运营商）。</translation>
    </message>
    <message>
        <source>Line %1 of %2: segment %3 needs a province (the columns are: segment, province, city, carrier).</source>
        <translation>%2 第 %1 行：号段 %3 缺少省份（各列依次为：号段、省份、城市、运营商）。</translation>
    </message>
    <message>
        <source>Line %1 of %2: a province or city name longer than 32 characters.</source>
        <translation>%2 第 %1 行：省份或城市名称超过 32 个字。</translation>
    </message>
    <message>
        <source>%1 names more than 60,000 cities.</source>
        <translation>%1 列出的城市超过 60,000 个。</translation>
    </message>
    <message>
        <source>%1 holds no number segment (the columns are: segment, province, city, carrier).</source>
        <translation>%1 中没有号段（各列依次为：号段、省份、城市、运营商）。</translation>
    </message>
</context>
<context>
    <name>mms::NumberSegmentsEdit</name>
    <message>
        <source>&amp;Load a newer table…</source>
        <translation>载入新号段表(&amp;L)…</translation>
    </message>
    <message>
        <source>B&amp;uilt-in only</source>
        <translation>仅用内置表(&amp;U)</translation>
    </message>
    <message>
        <source>A CSV of segment, province, city, carrier (e.g. 1380013,北京,北京,移动): its segments take its province and city, the others keep the built-in table&apos;s. Used at once, by mmsctl too.</source>
        <translation>CSV 文件，每行一个号段，各列以逗号分隔，依次为号段、省份、城市、运营商（例如 1380013 北京 北京 移动）：表中列出的号段采用它的省份和城市，其余号段仍用内置表。立即生效，mmsctl 也使用它。</translation>
    </message>
    <message>
        <source>A newer table over the built-in one (%1 segments known)</source>
        <translation>新号段表叠加在内置表之上（已知 %1 个号段）</translation>
    </message>
    <message>
        <source>Built-in (query-mobile-phone-area 1.0.6, as of 2015)</source>
        <translation>内置（query-mobile-phone-area 1.0.6，截至 2015 年）</translation>
    </message>
    <message>
        <source>Load a number-segment table</source>
        <translation>载入号段表</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt);;All files (*)</source>
        <translation>表格 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 segments loaded.</source>
        <translation>已载入 %1 个号段。</translation>
    </message>
    <message>
        <source>The built-in table is used again.</source>
        <translation>已恢复使用内置号段表。</translation>
    </message>
</context>
<context>
    <name>mms::PastOutcomes</name>
    <message>
        <source>Every member</source>
        <translation>全部成员</translation>
    </message>
    <message>
        <source>Members an earlier message reached</source>
        <translation>以往消息已送达的成员</translation>
    </message>
    <message>
        <source>Members never reached (reported failed)</source>
        <translation>从未送达的成员（报告失败）</translation>
    </message>
    <message>
        <source>Members who replied</source>
        <translation>回复过的成员</translation>
    </message>
    <message>
        <source>Members never sent to</source>
        <translation>从未发送过的成员</translation>
    </message>
</context>
<context>
    <name>mms::PlatformCall</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>could not connect to the platform within %1 s; nothing was sent</source>
        <translation>%1 秒内无法连接平台；未发送任何内容</translation>
    </message>
    <message>
        <source>could not reach the platform (%1); nothing was sent</source>
        <translation>无法连接平台（%1）；未发送任何内容</translation>
    </message>
    <message>
        <source>no answer from the platform within %1 s; the request may have arrived</source>
        <translation>%1 秒内平台没有应答；请求可能已到达</translation>
    </message>
    <message>
        <source>the connection failed (%1); the request may have arrived</source>
        <translation>连接失败（%1）；请求可能已到达</translation>
    </message>
    <message>
        <source>the platform answered HTTP %1; the request may have been processed</source>
        <translation>平台返回 HTTP %1；请求可能已被处理</translation>
    </message>
    <message>
        <source>%1; the request may have been processed</source>
        <translation>%1；请求可能已被处理</translation>
    </message>
</context>
<context>
    <name>mms::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> 次请求/秒</translation>
    </message>
    <message>
        <source>Each request carries up to 1000 numbers. Ask the platform&apos;s operator for its limit.</source>
        <translation>每次请求最多携带 1000 个号码。请向平台运营方咨询其限速。</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>Balance and sending</source>
        <translation>余额和发送</translation>
    </message>
    <message>
        <source>Warn when the balance is below:</source>
        <translation>余额低于此值时提醒：</translation>
    </message>
    <message>
        <source>Sending speed:</source>
        <translation>发送速度：</translation>
    </message>
    <message>
        <source>Where the platform pushes audits, delivery reports and replies</source>
        <translation>平台推送审核结果、状态报告和回复的地址</translation>
    </message>
    <message>
        <source>Listen on address:</source>
        <translation>监听地址：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>URLs for the platform:</source>
        <translation>提供给平台的网址：</translation>
    </message>
    <message>
        <source>&amp;Test the URLs</source>
        <translation>测试网址(&amp;T)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>(the receiver is not listening)</source>
        <translation>（接收服务未在监听）</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>All three URLs answer.</source>
        <translation>三个网址都有响应。</translation>
    </message>
    <message>
        <source>Not answering: %1</source>
        <translation>无响应：%1</translation>
    </message>
    <message>
        <source>Put the sender on the blocklist when a reply is only:</source>
        <translation>回复内容仅为以下词语时，将发送方加入黑名单：</translation>
    </message>
    <message>
        <source>Words separated by commas; a reply matches when it is exactly one of them, in any case and with spaces around.</source>
        <translation>用逗号分隔；回复与其中某个词完全相同（不分大小写，可带前后空格）即算匹配。</translation>
    </message>
    <message>
        <source>Opt-out words:</source>
        <translation>退订关键词：</translation>
    </message>
    <message>
        <source>The platform answers a bare number; ask its operator whether it counts messages or yuan.</source>
        <translation>平台只返回一个数字；请向平台运营方确认余额按条数还是按元计算。</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source> per message</source>
        <translation> /条</translation>
    </message>
    <message>
        <source> recipients</source>
        <translation> 个收件人</translation>
    </message>
    <message>
        <source>From this many recipients on, the confirmation before a send asks you to type their number.</source>
        <translation>收件人达到此数量时，发送前的确认需要输入收件人数。</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>沙箱账号</translation>
    </message>
    <message>
        <source>Balance of %1 counts:</source>
        <translation>%1的余额单位：</translation>
    </message>
    <message>
        <source>Type the count to confirm sends from:</source>
        <translation>以下人数起需输入人数确认发送：</translation>
    </message>
    <message>
        <source>127.0.0.1: only this computer (the sandbox); 0.0.0.0: every network, for a real platform (then a strong secret path is required)</source>
        <translation>127.0.0.1：仅本机（沙箱）；0.0.0.0：所有网络，用于真实平台（此时必须设置足够强的密钥路径）</translation>
    </message>
    <message>
        <source>a long random secret: Generate makes one</source>
        <translation>足够长的随机密钥：点“生成”即可</translation>
    </message>
    <message>
        <source>The platform&apos;s pushes carry no password: this secret path is the receiver&apos;s. Beyond this computer it must be at least %1 random characters.</source>
        <translation>平台的推送不带密码，这个密钥路径就是接收器的密码。对本机以外开放时，至少需要 %1 个随机字符。</translation>
    </message>
    <message>
        <source>any address; or the platform&apos;s, e.g. 203.0.113.0/24</source>
        <translation>任何地址；或填平台的地址，例如 203.0.113.0/24</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Secret path:</source>
        <translation>密钥路径：</translation>
    </message>
    <message>
        <source>Only from:</source>
        <translation>仅接受来自：</translation>
    </message>
    <message>
        <source> numbers a push</source>
        <translation> 个号码（每次推送）</translation>
    </message>
    <message>
        <source>The platform&apos;s pushes carry no password: a forged push could otherwise put a whole customer list on the blocklist.</source>
        <translation>平台的推送不带密码：否则一次伪造的推送就可能把整个客户名单加入黑名单。</translation>
    </message>
    <message>
        <source>Block at most:</source>
        <translation>自动加入黑名单上限：</translation>
    </message>
    <message>
        <source>New campaigns of %1 start with this window; each campaign can change its own.</source>
        <translation>%1 的新活动使用此发送时段；每个活动可以单独更改。</translation>
    </message>
    <message>
        <source>Sending window of new campaigns:</source>
        <translation>新活动的发送时段：</translation>
    </message>
    <message>
        <source>Frequency caps per number:</source>
        <translation>每个号码的频次上限：</translation>
    </message>
    <message>
        <source>Number segments (province, city):</source>
        <translation>号段表（省份、城市）：</translation>
    </message>
</context>
<context>
    <name>mms::PreviewExportBar</name>
    <message>
        <source>E&amp;xport preview…</source>
        <translation>导出预览(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the template as a video of the slideshow (MP4) or a picture of the message (PNG), with the sample values, to send to whoever approves it</source>
        <translation>把模板保存为幻灯片视频（MP4）或消息图片（PNG），使用示例值，便于发给审批人</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Preview cancelled: %1 was not written.</source>
        <translation>已取消预览：未写入 %1。</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>无法制作预览：%1</translation>
    </message>
    <message>
        <source>Preview saved to %1: it carries a &quot;预览&quot; mark, so nobody takes it for a message sent.</source>
        <translation>预览已保存到 %1：带有“预览”标记，不会被误认为已发送的消息。</translation>
    </message>
    <message>
        <source>Add a frame first: there is nothing to preview.</source>
        <translation>请先添加一帧：没有可预览的内容。</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>%1 preview</source>
        <translation>%1 预览</translation>
    </message>
    <message>
        <source>Video of the slideshow (*.mp4)</source>
        <translation>幻灯片视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Picture of the message (*.png)</source>
        <translation>消息图片 (*.png)</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>导出预览</translation>
    </message>
    <message>
        <source>Making the preview %1…</source>
        <translation>正在制作预览 %1…</translation>
    </message>
</context>
<context>
    <name>mms::PreviewPlayer</name>
    <message>
        <source>Play / pause (Space)</source>
        <translation>播放 / 暂停（空格）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>no frames</source>
        <translation>没有帧</translation>
    </message>
    <message>
        <source>Frame %1/%2  %3 / %4</source>
        <translation>第 %1/%2 帧  %3 / %4</translation>
    </message>
    <message>
        <source>♪ %1 (%2 s) — this computer has no sound output: it is not heard here, the phone plays it</source>
        <translation>♪ %1（%2 秒）——这台电脑没有声音输出：在这里听不到，收件人的手机会播放</translation>
    </message>
    <message>
        <source>♪ %1 (%2 s)</source>
        <translation>♪ %1（%2 秒）</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>The message as it plays once opened, frame after frame</source>
        <translation>打开后逐帧播放的样子</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>The message as the messaging app lists it, before it is opened</source>
        <translation>短信应用列表中、打开前的样子</translation>
    </message>
</context>
<context>
    <name>mms::ReceiverAccess</name>
    <message>
        <source>the secret may hold letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>密钥只能包含字母、数字、“-”和“_”</translation>
    </message>
    <message>
        <source>the secret must be at least %1 characters long (it is %2)</source>
        <translation>密钥至少需要 %1 个字符（现在是 %2 个）</translation>
    </message>
    <message>
        <source>the secret is an example everyone knows; generate one</source>
        <translation>这个密钥是人人都知道的示例，请生成一个</translation>
    </message>
    <message>
        <source>the secret repeats too few characters (%1 different); generate one</source>
        <translation>密钥中不同的字符太少（%1 种），请生成一个</translation>
    </message>
    <message>
        <source>listening on %1 (beyond this computer) needs a secret path: anyone who finds the port could post fake reports and replies</source>
        <translation>在 %1 上监听（对本机以外开放）需要密钥路径，否则任何找到该端口的人都能伪造状态报告和回复</translation>
    </message>
    <message>
        <source>listening on %1 needs a strong secret path: %2</source>
        <translation>在 %1 上监听需要足够强的密钥路径：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address or a network such as 203.0.113.0/24</source>
        <translation>“%1”不是地址，也不是 203.0.113.0/24 这样的网段</translation>
    </message>
</context>
<context>
    <name>mms::ReceiverService</name>
    <message>
        <source>The receiver cannot listen on %1:%2 (is the port in use?)</source>
        <translation>接收服务无法在 %1:%2 上监听（端口是否被占用？）</translation>
    </message>
</context>
<context>
    <name>mms::RecipientFile</name>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes)</source>
        <translation>%1 是空文件（0 字节）</translation>
    </message>
    <message>
        <source>%1 is not a text file (CSV or TXT); in Excel use Save As → CSV</source>
        <translation>%1 不是文本文件（CSV 或 TXT）；请在 Excel 中用“另存为 → CSV”</translation>
    </message>
    <message>
        <source>%1 holds no rows</source>
        <translation>%1 中没有数据行</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 无法读取：%2</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”; its sheets are: %3</source>
        <translation>%1 中没有工作表“%2”；其工作表有：%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>sheet “%1” of %2 holds no rows</source>
        <translation>%2 的工作表“%1”中没有数据行</translation>
    </message>
    <message>
        <source>unknown encoding %1 (choose UTF-8, GB18030, UTF-16LE or UTF-16BE)</source>
        <translation>未知编码 %1（请选择 UTF-8、GB18030、UTF-16LE 或 UTF-16BE）</translation>
    </message>
</context>
<context>
    <name>mms::RecipientFileChooser</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Recipient lists (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;Text files (*.csv *.txt);;All files (*)</source>
        <translation>收件人名单 (*.xlsx *.csv *.txt);;Excel 工作簿 (*.xlsx);;文本文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>with a header row</source>
        <translation>有表头行</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>无表头行</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook, sheet “%1”, %2, %n column(s).</source>
        <translation>
            <numerusform>Excel 工作簿，工作表“%1”，%2，共 %n 列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2-separated, %3, %n column(s).</source>
        <translation>
            <numerusform>%1，%2分隔，%3，共 %n 列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n title row(s) above the header are left out.</source>
        <translation>
            <numerusform>表头上方的 %n 行标题不予导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>The encoding is a guess: if the preview shows garbled text, choose another encoding.</source>
        <translation>编码是猜测的：如果预览中出现乱码，请选择其他编码。</translation>
    </message>
</context>
<context>
    <name>mms::RecipientImport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the row has %1 columns; the number column is %2</source>
        <translation>该行有 %1 列；号码列是第 %2 列</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>on the blocklist (opted out)</source>
        <translation>在黑名单中（已退订）</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>%1 没有值</translation>
    </message>
    <message>
        <source>the recipients could not be stored: %1</source>
        <translation>无法保存收件人：%1</translation>
    </message>
    <message>
        <source>some bytes are not valid %1; those characters were replaced</source>
        <translation>部分字节不是有效的 %1；这些字符已被替换</translation>
    </message>
    <message>
        <source>a quoted field is never closed; the file may be cut short</source>
        <translation>有一个带引号的字段没有结束；文件可能不完整</translation>
    </message>
    <message>
        <source>Line,Value,Problem</source>
        <translation>行号,内容,问题</translation>
    </message>
    <message>
        <source>Problem rows</source>
        <translation>问题行</translation>
    </message>
</context>
<context>
    <name>mms::RecipientStatus</name>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>失败（%1）</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>失败（%1）：%2</translation>
    </message>
    <message>
        <source>Waiting for the report</source>
        <translation>等待状态报告</translation>
    </message>
    <message>
        <source>Not sent: the platform refused its batch</source>
        <translation>未发送：平台拒绝了所在批次</translation>
    </message>
    <message>
        <source>Not sent: the campaign was cancelled</source>
        <translation>未发送：活动已取消</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Unknown: its batch&apos;s answer was lost</source>
        <translation>未知：所在批次的应答丢失</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>尚未发送</translation>
    </message>
</context>
<context>
    <name>mms::RecipientTableModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>变量</translation>
    </message>
</context>
<context>
    <name>mms::RecipientsPanel</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>All recipients</source>
        <translation>全部收件人</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Waiting for a report</source>
        <translation>等待状态报告</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Search by number</source>
        <translation>按号码搜索</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln 个收件人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s); search takes digits of a number</source>
        <translation>
            <numerusform>%Ln 个收件人；搜索只按号码中的数字</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the recipients shown for Excel (.xlsx or CSV)</source>
        <translation>将显示的收件人保存为 Excel 文件（.xlsx 或 CSV）</translation>
    </message>
</context>
<context>
    <name>mms::ReplyTableModel</name>
    <message>
        <source>Campaign %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <source>(no campaign found for extension %1)</source>
        <translation>（找不到扩展码 %1 对应的活动）</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>黑名单</translation>
    </message>
</context>
<context>
    <name>mms::ReportService</name>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Report code</source>
        <translation>报告代码</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Replied at</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复内容</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>扩展码</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>On the blocklist</source>
        <translation>已加入黑名单</translation>
    </message>
    <message>
        <source>Blocklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Blocked at</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
</context>
<context>
    <name>mms::ReportsPage</name>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delivery&lt;/b&gt;</source>
        <translation>&lt;b&gt;送达&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <source>Failed, by status:</source>
        <translation>失败，按状态：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>收件人(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;plies</source>
        <translation>回复(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;plies (%1)</source>
        <translation>回复(&amp;P)（%1）</translation>
    </message>
    <message>
        <source>%1: no delivery reports yet</source>
        <translation>%1：尚无状态报告</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>%1 recipients</source>
        <translation>%1 收件人</translation>
    </message>
    <message>
        <source>Export recipients</source>
        <translation>导出收件人</translation>
    </message>
    <message>
        <source>Exporting recipients to %1…</source>
        <translation>正在导出收件人到 %1…</translation>
    </message>
    <message>
        <source>Export replies</source>
        <translation>导出回复</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Exporting replies to %1…</source>
        <translation>正在导出回复到 %1…</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>已取消导出：未写入 %1。</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>已导出 %Ln 行到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure report(s) arrived after a delivery of the same number: counted as delivered.</source>
        <translation>
            <numerusform>有 %n 份失败报告在同一号码送达之后到达：仍计为已送达。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Blocklist</source>
        <translation>黑名单(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Blocklist (%1)</source>
        <translation>黑名单(&amp;B)（%1）</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>结果(&amp;U)</translation>
    </message>
    <message>
        <source>results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 结果</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Exporting results to %1…</source>
        <translation>正在导出结果到 %1…</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>对比(&amp;M)…</translation>
    </message>
    <message>
        <source>Select two to %1 campaigns (Ctrl+click) to see them side by side.</source>
        <translation>选择 2 到 %1 个活动（按住 Ctrl 单击）即可并排对比。</translation>
    </message>
</context>
<context>
    <name>mms::ResendDialog</name>
    <message>
        <source>Only those reported &amp;failed</source>
        <translation>仅报告失败的号码(&amp;F)</translation>
    </message>
    <message>
        <source>Everyone &amp;not reached: also no report after</source>
        <translation>所有未送达的号码(&amp;N)：另加超过以下时长仍无报告的</translation>
    </message>
    <message>
        <source>Make the campaign and confirm…</source>
        <translation>新建活动并确认…</translation>
    </message>
    <message>
        <source>Send again: %1</source>
        <translation>再次发送：%1</translation>
    </message>
    <message>
        <source>Numbers with no report by then, and those of batches the platform refused or that were cancelled (nothing was sent to them).</source>
        <translation>到那时仍无报告的号码，以及平台拒绝或已取消的批次中的号码（这些号码从未发出）。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>A new campaign of exactly those this one did not reach, each with their own values. Numbers on the blocklist now are left out; the sending window stays the campaign&apos;s.</source>
        <translation>为此活动未送达的号码新建一个活动，每个号码沿用自己的变量值。现已在黑名单中的号码不会发送；发送时段沿用原活动的设置。</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Cannot count them: %1</source>
        <translation>无法统计：%1</translation>
    </message>
    <message>
        <source>%1 reported failed.</source>
        <translation>%1 个号码报告失败。</translation>
    </message>
    <message>
        <source>%1 in all: %2 reported failed, %3 with no report, %4 not sent.</source>
        <translation>共 %1 个：报告失败 %2 个，无报告 %3 个，未发出 %4 个。</translation>
    </message>
    <message>
        <source>%1 in batches still to send or of unknown outcome stay with this campaign: decide those there.</source>
        <translation>另有 %1 个号码所在批次尚未发送或结果未知，仍归原活动：请在原活动中处理。</translation>
    </message>
    <message>
        <source>%1 (the campaign&apos;s)</source>
        <translation>%1（原活动的模板）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Making the campaign…</source>
        <translation>正在新建活动…</translation>
    </message>
    <message>
        <source>Not sent; the campaign was discarded.</source>
        <translation>未发送；新建的活动已丢弃。</translation>
    </message>
    <message numerus="yes">
        <source>This campaign was already sent again %n time(s): whoever that reached may get the message once more.</source>
        <translation>
            <numerusform>此活动已再次发送过 %n 次：上次收到的号码可能会再收到一次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mms::ResultsPanel</name>
    <message>
        <source>Save c&amp;hart as picture…</source>
        <translation>图表另存为图片(&amp;H)…</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>导出结果(&amp;X)…</translation>
    </message>
    <message>
        <source>Carrier (by number segment)</source>
        <translation>运营商（按号段）</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Hour of the day (China time)</source>
        <translation>小时（北京时间）</translation>
    </message>
    <message>
        <source>A workbook for Excel: the totals, a sheet for each of carrier, province, city and hour, and every recipient.</source>
        <translation>Excel 工作簿：汇总，以及运营商、省份、城市、小时各一张工作表，外加全部收件人。</translation>
    </message>
    <message>
        <source>&amp;Results by:</source>
        <translation>结果分布(&amp;R)：</translation>
    </message>
    <message>
        <source>%1: nothing sent yet</source>
        <translation>%1：尚未发送</translation>
    </message>
    <message>
        <source>%1 — %2 (the %3 with most sent)</source>
        <translation>%1 — %2（发送最多的 %3 个）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Carriers by number segment: a number moved to another carrier counts under its segment&apos;s.</source>
        <translation>运营商按号段划分：转网到其他运营商的号码仍计入原号段所属运营商。</translation>
    </message>
    <message>
        <source>Hours of the delivery report&apos;s own time (China time); recipients with no report yet count at the hour they were sent.</source>
        <translation>小时按状态报告自身的时间（北京时间）；尚无报告的收件人计入发送时所在的小时。</translation>
    </message>
    <message>
        <source>Provinces and cities by number segment (%1): where the number was issued, not where its owner is.</source>
        <translation>省份和城市按号段划分（%1）：表示号码的发放地，而非机主所在地。</translation>
    </message>
    <message>
        <source>%1 recipients have a segment the table does not know: counted as Unknown. A newer table can be loaded in Preferences.</source>
        <translation>%1 个收件人的号段不在表中，计为“未知”。可在首选项中载入更新的号段表。</translation>
    </message>
    <message>
        <source>%1 results by %2</source>
        <translation>%1 按%2的结果</translation>
    </message>
    <message>
        <source>Save chart as picture</source>
        <translation>图表另存为图片</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not save the chart to %1.</source>
        <translation>无法将图表保存到 %1。</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>mms::SampleRowBar</name>
    <message>
        <source>Values from a &amp;recipients file…</source>
        <translation>从收件人文件取值(&amp;R)…</translation>
    </message>
    <message>
        <source>Lon&amp;gest row</source>
        <translation>最长的一行(&amp;G)</translation>
    </message>
    <message>
        <source>Show a customer&apos;s own values in the preview and check them: the first column after the number fills ${Text1}, the next ${Text2}…</source>
        <translation>在预览中显示并检查某位客户自己的值：号码后的第一列填入 ${Text1}，下一列填入 ${Text2}……</translation>
    </message>
    <message>
        <source>The row whose values are longest: where a text may run over</source>
        <translation>值最长的一行：最容易出现文字超长的地方</translation>
    </message>
    <message>
        <source>Values from a recipients file</source>
        <translation>从收件人文件取值</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 has no rows.</source>
        <translation>%1 中没有数据行。</translation>
    </message>
    <message>
        <source>%1: %2 rows%3. %4</source>
        <translation>%1：%2 行%3。%4</translation>
    </message>
    <message>
        <source> (the first %1)</source>
        <translation>（前 %1 行）</translation>
    </message>
    <message>
        <source>The template has no variable.</source>
        <translation>模板中没有变量。</translation>
    </message>
    <message>
        <source>R&amp;ow:</source>
        <translation>行号(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>mms::Sandbox</name>
    <message>
        <source>cannot create the sandbox folder %1</source>
        <translation>无法创建沙箱文件夹 %1</translation>
    </message>
    <message>
        <source>another program is starting the sandbox; try again</source>
        <translation>另一个程序正在启动沙箱；请重试</translation>
    </message>
    <message>
        <source>the sandbox simulator %1 is missing</source>
        <translation>沙箱模拟器 %1 不存在</translation>
    </message>
    <message>
        <source>cannot start the sandbox simulator %1</source>
        <translation>无法启动沙箱模拟器 %1</translation>
    </message>
    <message>
        <source>the sandbox simulator did not start within 10 s</source>
        <translation>沙箱模拟器未能在 10 秒内启动</translation>
    </message>
</context>
<context>
    <name>mms::SecretStore</name>
    <message>
        <source>no keychain service is running</source>
        <translation>没有运行中的钥匙串服务</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>钥匙串没有响应</translation>
    </message>
    <message>
        <source>the keychain refused access (is it locked?)</source>
        <translation>钥匙串拒绝访问（是否已锁定？）</translation>
    </message>
    <message>
        <source>the keychain has no such entry</source>
        <translation>钥匙串中没有此条目</translation>
    </message>
    <message>
        <source>the keychain could not be used (error %1)</source>
        <translation>无法使用钥匙串（错误 %1）</translation>
    </message>
</context>
<context>
    <name>mms::SendConfirmDialog</name>
    <message>
        <source>under a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>约 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>not known here</source>
        <translation>本机不知道</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>(not in this library)</source>
        <translation>（不在模板库中）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Template:&lt;/b&gt; %1 (%2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;模板：&lt;/b&gt;%1（%2）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Carrier (by number)</source>
        <translation>运营商（按号段）</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n 个批次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 recipients are on carriers that have not approved this template: they will not receive it, and the platform may still count them.</source>
        <translation>%1 个收件人所属的运营商尚未通过此模板：他们收不到，平台仍可能计费。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Estimated cost:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;预计费用：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Balance:&lt;/b&gt; %1 now, %2 after this send&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;余额：&lt;/b&gt;现在 %1，发送后 %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Balance:&lt;/b&gt; not known yet&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;余额：&lt;/b&gt;暂未获知&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The balance is not enough: the campaign pauses when it runs out.</source>
        <translation>余额不足：余额用完时活动会暂停。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Starts:&lt;/b&gt; %1 · &lt;b&gt;takes&lt;/b&gt; %2 at the set speed&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;开始：&lt;/b&gt;%1 · &lt;b&gt;用时&lt;/b&gt;按当前速度%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>now</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>Confirm the scheduled send</source>
        <translation>确认定时发送</translation>
    </message>
    <message>
        <source>Confirm the send</source>
        <translation>确认发送</translation>
    </message>
    <message>
        <source>This is a large send. Type the number of recipients (%1) to confirm:</source>
        <translation>这是一次大批量发送。请输入收件人数（%1）以确认：</translation>
    </message>
    <message>
        <source>Schedule the send to %1 recipients</source>
        <translation>定时发送给 %1 个收件人</translation>
    </message>
    <message>
        <source>Send to %1 recipients</source>
        <translation>发送给 %1 个收件人</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sending window:&lt;/b&gt; %1 China time%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;发送时段：&lt;/b&gt;北京时间 %1%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>; outside it now, so it waits until %1</source>
        <translation>；现在不在时段内，将等到 %1 再发送</translation>
    </message>
    <message>
        <source>%1 numbers on the blocklist are left out.</source>
        <translation>黑名单中的 %1 个号码不会发送。</translation>
    </message>
    <message>
        <source>%1 numbers are left out: they already got what the frequency caps allow today.</source>
        <translation>%1 个号码今天已收到频次上限允许的条数，不发送。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Frequency caps:&lt;/b&gt; %1 per number, checked again as each batch goes out&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;频次上限：&lt;/b&gt;每个号码%1，每批发出前会再检查一次&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mms::SendWindowEdit</name>
    <message>
        <source>Send only from</source>
        <translation>仅在</translation>
    </message>
    <message>
        <source>Promotional sends are allowed only in the day&apos;s hours (SUBMAIL, Aliyun, Huawei, JD Cloud): outside them the campaign waits and goes on by itself.</source>
        <translation>多数平台只允许在白天的时段发送营销内容（SUBMAIL、阿里云、华为云、京东云）：时段外活动自动等待，到时继续发送。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>China time</source>
        <translation>之间发送（北京时间）</translation>
    </message>
    <message>
        <source>Sending window of %1</source>
        <translation>“%1”的发送时段</translation>
    </message>
    <message>
        <source>A waiting campaign looks at the new window at once; one that is sending finishes the batch in flight when it closes, then waits.</source>
        <translation>正在等待的活动会立即按新时段检查；正在发送的活动会在时段结束时发完当前批次，然后等待。</translation>
    </message>
    <message>
        <source>The window starts when it ends: choose two different times, or untick it to send at any time.</source>
        <translation>开始与结束时间相同：请选择两个不同的时间，或取消勾选以不限时段。</translation>
    </message>
    <message>
        <source>Sends at any hour, night included: carriers may hold or refuse promotional sends at night.</source>
        <translation>任何时间都会发送，包括夜间：运营商可能在夜间拦截或拒收营销短信。</translation>
    </message>
    <message>
        <source>Runs over midnight: from %1 to %2 the next day.</source>
        <translation>跨越午夜：从 %1 到次日 %2。</translation>
    </message>
</context>
<context>
    <name>mms::Store</name>
    <message>
        <source>template %1 is not in the library</source>
        <translation>模板 %1 不在模板库中</translation>
    </message>
    <message>
        <source>account %1 has templates or campaigns; it is kept so that their history stays readable</source>
        <translation>账号 %1 有模板或活动；为保留其历史记录，不能删除</translation>
    </message>
    <message>
        <source>replied &quot;%1&quot; (blocked automatically)</source>
        <translation>回复“%1”（已自动加入黑名单）</translation>
    </message>
</context>
<context>
    <name>mms::StoryboardModel</name>
    <message>
        <source>%1 · %2 s</source>
        <translation>%1 · %2 秒</translation>
    </message>
    <message>
        <source>Frame %1, %2 ms
%3</source>
        <translation>第 %1 帧，%2 毫秒
%3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>mms::StoryboardView</name>
    <message>
        <source>Drop images, videos, sounds or text files here: each becomes a frame.</source>
        <translation>将图片、视频、声音或文本文件拖放到这里：每个文件成为一帧。</translation>
    </message>
</context>
<context>
    <name>mms::StudioApp</name>
    <message>
        <source>Workspace %1 could not be opened (%2): working on this computer&apos;s store. Try again from File → Workspaces….</source>
        <translation>无法打开工作区 %1（%2）：正在使用本机的数据库。可在“文件 → 工作区…”中重试。</translation>
    </message>
    <message>
        <source>Switched to the local store.</source>
        <translation>已切换到本地数据库。</translation>
    </message>
    <message>
        <source>Switched to workspace %1.</source>
        <translation>已切换到工作区 %1。</translation>
    </message>
</context>
<context>
    <name>mms::SubmitPanel</name>
    <message>
        <source>Su&amp;bmit to the platform</source>
        <translation>提交到平台(&amp;B)</translation>
    </message>
    <message>
        <source>Submit as a new template</source>
        <translation>提交为新模板</translation>
    </message>
    <message>
        <source>Create another template at the platform with the same content (each carrier audits it again).</source>
        <translation>用同样的内容在平台上再建一个模板（各运营商会重新审核）。</translation>
    </message>
    <message>
        <source>The platform refused the template: %1</source>
        <translation>平台拒绝了此模板：%1</translation>
    </message>
    <message>
        <source>Nothing was sent: this content is already template %1. To have it audited again as another template, use &quot;Submit as a new template&quot;.</source>
        <translation>未发送任何内容：此内容已是模板 %1。如需作为另一个模板重新送审，请用“提交为新模板”。</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>rejected (%1)</source>
        <translation>已驳回（%1）</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Submitting &quot;%1&quot; to the platform…</source>
        <translation>正在把“%1”提交到平台…</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Submitted as template %1 on %2. %3</source>
        <translation>已于 %2 提交为模板 %1。%3</translation>
    </message>
    <message>
        <source>This content is already a template: Submit names it instead of making another.</source>
        <translation>此内容已是一个模板：点“提交”会指出该模板，而不会再建一个。</translation>
    </message>
    <message>
        <source>Changed since it was submitted as template %1: submit it to create a new template.</source>
        <translation>自提交为模板 %1 后已修改：提交即可创建新模板。</translation>
    </message>
    <message>
        <source>Create the template on the platform; each carrier then audits it.</source>
        <translation>在平台上创建模板，随后由各运营商审核。</translation>
    </message>
    <message>
        <source>Submit is disabled while errors remain (marked ✖ above).</source>
        <translation>仍有错误（上方标 ✖ 处）时无法提交。</translation>
    </message>
    <message>
        <source>Fix the errors in the list above first.</source>
        <translation>请先修正上方列表中的错误。</translation>
    </message>
    <message>
        <source>Ready to submit.</source>
        <translation>可以提交。</translation>
    </message>
</context>
<context>
    <name>mms::TableWriter</name>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>mms::TemplateCheck</name>
    <message>
        <source>Frame %1</source>
        <translation>第 %1 帧</translation>
    </message>
    <message>
        <source>The template has no subject.</source>
        <translation>模板没有主题。</translation>
    </message>
    <message>
        <source>The template has no frames: drop a file on the storyboard or add a frame.</source>
        <translation>模板没有帧：把文件拖到故事板上，或添加一帧。</translation>
    </message>
    <message>
        <source>%1: the duration must be a positive number of milliseconds.</source>
        <translation>%1：时长必须是正的毫秒数。</translation>
    </message>
    <message>
        <source>%1 has nothing to show: add a text, an image or a video.</source>
        <translation>%1 没有任何内容：请添加文本、图片或视频。</translation>
    </message>
    <message>
        <source>%1: %2 has an unsupported type.</source>
        <translation>%1：%2 的类型不受支持。</translation>
    </message>
    <message>
        <source>%1: %2 is empty.</source>
        <translation>%1：%2 是空文件。</translation>
    </message>
    <message>
        <source>%1: %2 is not UTF-8 text.</source>
        <translation>%1：%2 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>%1: another attachment is also named %2; rename one.</source>
        <translation>%1：另一个附件也叫 %2；请重命名其中一个。</translation>
    </message>
    <message>
        <source>The media add up to %1, over the limit of %2: &quot;Fit to budget&quot; shrinks them.</source>
        <translation>媒体共 %1，超过 %2 的限额：“压缩到预算”可以缩小它们。</translation>
    </message>
    <message>
        <source>%1: %2 is %3; its share of the budget is about %4.</source>
        <translation>%1：%2 大小为 %3；它在预算中的份额约为 %4。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a variable the platform fills in (names are case-sensitive); write %3.</source>
        <translation>%1：“%2”不是平台会填充的变量（名称区分大小写）；应写作 %3。</translation>
    </message>
    <message>
        <source>${%1} is never used although higher numbers are; recipients&apos; files must still give a column for it.</source>
        <translation>${%1} 未使用，但使用了更大的编号；收件人文件仍须为它提供一列。</translation>
    </message>
    <message>
        <source>Some providers ask for more than %1 of media; this template has %2.</source>
        <translation>部分服务商要求媒体大于 %1；此模板只有 %2。</translation>
    </message>
    <message>
        <source>%1 frames; carriers publish a limit of %2.</source>
        <translation>共 %1 帧；运营商公布的上限为 %2。</translation>
    </message>
    <message>
        <source>%1: %2 contains %3, which carriers reserve for the signature.</source>
        <translation>%1：%2 含有 %3，运营商将其保留给签名使用。</translation>
    </message>
    <message>
        <source>%1: carriers accept images as %2.</source>
        <translation>%1：运营商接受的图片格式为 %2。</translation>
    </message>
    <message>
        <source>%1: %2 should be MP4 (H.264) for the carriers.</source>
        <translation>%1：%2 应为 MP4（H.264）格式以符合运营商要求。</translation>
    </message>
    <message>
        <source>%1: %2 does not look like H.264 video; carriers may refuse it.</source>
        <translation>%1：%2 看起来不是 H.264 视频；运营商可能会拒绝。</translation>
    </message>
    <message>
        <source>%1: %2 plays %3 s but the frame lasts %4 s; the end is cut (&quot;Fit to video&quot; sets the duration).</source>
        <translation>%1：%2 播放 %3 秒，但此帧只有 %4 秒；结尾会被截掉（“适配视频时长”可设置时长）。</translation>
    </message>
    <message>
        <source>%1: carriers accept audio as %2.</source>
        <translation>%1：运营商接受的音频格式为 %2。</translation>
    </message>
    <message>
        <source>%1 videos; carriers accept only %2 per template.</source>
        <translation>共 %1 个视频；运营商每个模板只接受 %2 个。</translation>
    </message>
    <message>
        <source>Carriers want text together with at least one image or video, not one kind only.</source>
        <translation>运营商要求文本与至少一张图片或一段视频搭配，不能只有一种内容。</translation>
    </message>
    <message>
        <source>No opt-out line (such as 拒收请回复R): %1 require one.</source>
        <translation>没有退订提示（例如 拒收请回复R）：%1要求必须有。</translation>
    </message>
    <message>
        <source>%1: %2 plays %3 s but the frame lasts %4 s; the sound is cut (&quot;Fit to audio&quot; sets the duration).</source>
        <translation>%1：%2 播放 %3 秒，但此帧只有 %4 秒；声音会被截断（“适配音频时长”可设置时长）。</translation>
    </message>
    <message>
        <source>The value of %1 (&quot;%2&quot;) has %3 characters: the carriers allow a variable at most %4.</source>
        <translation>%1 的值（“%2”）有 %3 个字：运营商允许每个变量最多 %4 个字。</translation>
    </message>
</context>
<context>
    <name>mms::TemplateDocument</name>
    <message>
        <source>Edit subject</source>
        <translation>编辑主题</translation>
    </message>
    <message>
        <source>Add frame %1</source>
        <translation>添加第 %1 帧</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n file(s)</source>
        <translation>
            <numerusform>添加 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate frame %1</source>
        <translation>复制第 %1 帧</translation>
    </message>
    <message>
        <source>Delete frame %1</source>
        <translation>删除第 %1 帧</translation>
    </message>
    <message>
        <source>Move frame %1 to %2</source>
        <translation>将第 %1 帧移到第 %2 帧</translation>
    </message>
    <message>
        <source>Frame %1 duration</source>
        <translation>第 %1 帧时长</translation>
    </message>
    <message>
        <source>New text in frame %1</source>
        <translation>在第 %1 帧新建文本</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Type in %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Fit to budget</source>
        <translation>压缩到预算</translation>
    </message>
</context>
<context>
    <name>mms::TemplateFitter</name>
    <message>
        <source>%1 cannot be read as a picture</source>
        <translation>%1 无法作为图片读取</translation>
    </message>
    <message>
        <source>%1 cannot be made small enough (%2 bytes)</source>
        <translation>%1 无法压缩到足够小（%2 字节）</translation>
    </message>
    <message>
        <source>cannot write a temporary file</source>
        <translation>无法写入临时文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 could not be made small enough</source>
        <translation>%1 无法压缩到足够小</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>无法创建临时文件夹</translation>
    </message>
    <message>
        <source>FFmpeg is not installed (Debian package ffmpeg); it is needed to fit video and sound</source>
        <translation>未安装 FFmpeg（Debian 软件包 ffmpeg）；压缩视频和声音需要它</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the texts and files that cannot be shrunk already take %1 bytes of %2</source>
        <translation>无法压缩的文本和文件已占用 %2 字节中的 %1 字节</translation>
    </message>
</context>
<context>
    <name>mms::TemplateManifest</name>
    <message>
        <source>manifest %1 does not exist</source>
        <translation>清单 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is a folder, not a manifest file</source>
        <translation>%1 是文件夹，不是清单文件</translation>
    </message>
    <message>
        <source>manifest %1 is %2, too large for a manifest (at most %3)</source>
        <translation>清单 %1 大小为 %2，对清单来说太大（最多 %3）</translation>
    </message>
    <message>
        <source>cannot read manifest %1: %2</source>
        <translation>无法读取清单 %1：%2</translation>
    </message>
    <message>
        <source>the manifest is empty</source>
        <translation>清单为空</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON: %1 at byte %2</source>
        <translation>清单不是有效的 JSON：%1，位于第 %2 字节</translation>
    </message>
    <message>
        <source>the manifest must be a JSON object with &quot;subject&quot; and &quot;frames&quot;</source>
        <translation>清单必须是包含 &quot;subject&quot; 和 &quot;frames&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;subject&quot; is missing or empty</source>
        <translation>&quot;subject&quot; 缺失或为空</translation>
    </message>
    <message>
        <source>the template has no frames (&quot;frames&quot; must be a non-empty array)</source>
        <translation>模板没有帧（&quot;frames&quot; 必须是非空数组）</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>第 %1 帧</translation>
    </message>
    <message>
        <source>%1: must be an object with &quot;dur&quot; and &quot;attachments&quot;</source>
        <translation>%1：必须是包含 &quot;dur&quot; 和 &quot;attachments&quot; 的对象</translation>
    </message>
    <message>
        <source>%1: &quot;dur&quot; must be a positive whole number of milliseconds (got %2)</source>
        <translation>%1：&quot;dur&quot; 必须是正整数毫秒（实际为 %2）</translation>
    </message>
    <message>
        <source>%1 has no attachments</source>
        <translation>%1 没有附件</translation>
    </message>
    <message>
        <source>%1: each attachment must be a file path</source>
        <translation>%1：每个附件必须是文件路径</translation>
    </message>
    <message>
        <source>%1: %2 has an unsupported type (.%3); use txt, jpg/png/gif, mp4/3gp, mp3/amr/aac/m4a/wav</source>
        <translation>%1：%2 的类型不受支持（.%3）；请使用 txt、jpg/png/gif、mp4/3gp、mp3/amr/aac/m4a/wav</translation>
    </message>
    <message>
        <source>%1: file %2 is missing</source>
        <translation>%1：缺少文件 %2</translation>
    </message>
    <message>
        <source>%1: %2 is a folder, not a file</source>
        <translation>%1：%2 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1: %2 is %3, far over the template limit of %4</source>
        <translation>%1：%2 大小为 %3，远超模板限额 %4</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <source>%1 frames; carriers publish a limit of 9 (some 8)</source>
        <translation>共 %1 帧；运营商公布的上限为 9 帧（部分为 8 帧）</translation>
    </message>
    <message>
        <source>the template has no subject</source>
        <translation>模板没有主题</translation>
    </message>
    <message>
        <source>the template has no frames</source>
        <translation>模板没有帧</translation>
    </message>
    <message>
        <source>%1: the duration must be a positive number of milliseconds</source>
        <translation>%1：时长必须是正的毫秒数</translation>
    </message>
    <message>
        <source>%1: %2 has an unsupported type</source>
        <translation>%1：%2 的类型不受支持</translation>
    </message>
    <message>
        <source>%1: %2 is empty (0 bytes)</source>
        <translation>%1：%2 是空文件（0 字节）</translation>
    </message>
    <message>
        <source>%1: %2 is not UTF-8 text (GBK? save it as UTF-8)</source>
        <translation>%1：%2 不是 UTF-8 文本（是 GBK 吗？请另存为 UTF-8）</translation>
    </message>
    <message>
        <source>%1: two different files are both named %2; rename one</source>
        <translation>%1：两个不同的文件都叫 %2；请重命名其中一个</translation>
    </message>
    <message>
        <source>the template&apos;s media is %1, over the limit of %2</source>
        <translation>模板媒体共 %1，超过 %2 的限额</translation>
    </message>
</context>
<context>
    <name>mms::TemplateProject</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>not an MMS Studio template file (%1)</source>
        <translation>不是视频彩信工作室的模板文件（%1）</translation>
    </message>
    <message>
        <source>not an MMS Studio template file</source>
        <translation>不是视频彩信工作室的模板文件</translation>
    </message>
    <message>
        <source>made by a newer MMS Studio (format version %1)</source>
        <translation>由更新版本的视频彩信工作室创建（格式版本 %1）</translation>
    </message>
    <message>
        <source>the data of %1 is damaged</source>
        <translation>%1 的数据已损坏</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>%1 is too large for a template file</source>
        <translation>%1 太大，不是模板文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>mms::TemplatesPage</name>
    <message>
        <source>&amp;Submit manifest…</source>
        <translation>提交清单(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;New version in the designer</source>
        <translation>在设计器中新建版本(&amp;N)</translation>
    </message>
    <message>
        <source>mmsid</source>
        <translation>mmsid</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>A template manifest (JSON, see docs/manifest.md) is checked, then created on the platform for each carrier&apos;s audit.</source>
        <translation>检查模板清单（JSON，见 docs/manifest.md），然后在平台上创建，交由各运营商审核。</translation>
    </message>
    <message>
        <source>Open a copy of the selected template in the designer, to change it and submit it as a new template.</source>
        <translation>在设计器中打开所选模板的副本，修改后作为新模板提交。</translation>
    </message>
    <message>
        <source>Template %1 created; waiting for the carriers&apos; audit.</source>
        <translation>模板 %1 已创建；等待运营商审核。</translation>
    </message>
    <message>
        <source>Template manifest</source>
        <translation>模板清单</translation>
    </message>
    <message>
        <source>Template manifests (*.json)</source>
        <translation>模板清单 (*.json)</translation>
    </message>
    <message>
        <source>Checking and submitting %1…</source>
        <translation>正在检查并提交 %1…</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>已驳回：%1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Nothing was sent: this manifest&apos;s content is already template %1.</source>
        <translation>未发送任何内容：此清单的内容已是模板 %1。</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Template %1 is approved by every carrier.</source>
        <translation>模板 %1 已通过所有运营商审核。</translation>
    </message>
    <message>
        <source>Template %1: %2</source>
        <translation>模板 %1：%2</translation>
    </message>
</context>
<context>
    <name>mms::ThumbnailCache</name>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Empty frame</source>
        <translation>空帧</translation>
    </message>
</context>
<context>
    <name>mms::VariablesPanel</name>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>使用位置</translation>
    </message>
    <message>
        <source>Sample value</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Type a sample value for each variable: the preview shows it in place of the variable.</source>
        <translation>为每个变量输入示例值：预览时会用它替换变量。</translation>
    </message>
    <message>
        <source>frame %1 (%2)</source>
        <translation>第 %1 帧（%2）</translation>
    </message>
</context>
<context>
    <name>mms::WorkspacesDialog</name>
    <message>
        <source>Local (this computer)</source>
        <translation>本地（本机）</translation>
    </message>
    <message>
        <source>&amp;New workspace</source>
        <translation>新建工作区(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>A team workspace is a PostgreSQL database the team shares: the same templates, campaigns, reports, replies and blocklist on every desktop, kept up to date live. The local store works without a server.</source>
        <translation>团队工作区是团队共用的 PostgreSQL 数据库：每台电脑上都是同样的模板、活动、报告、回复和黑名单，并实时更新。本地数据库无需服务器即可使用。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The workspace in use cannot be removed; switch to another first.</source>
        <translation>正在使用的工作区不能删除；请先切换到其他工作区。</translation>
    </message>
    <message>
        <source>Workspace %1 removed from this computer (the database itself is untouched).</source>
        <translation>已从本机删除工作区 %1（数据库本身未受影响）。</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1（使用中）</translation>
    </message>
    <message>
        <source>(in the keychain)</source>
        <translation>（保存在钥匙串中）</translation>
    </message>
    <message>
        <source>The store on this computer: works alone, without a server.</source>
        <translation>本机上的数据库：无需服务器即可独立使用。</translation>
    </message>
    <message>
        <source>A workspace needs a name, a server, a database and a user.</source>
        <translation>工作区需要名称、服务器、数据库和用户。</translation>
    </message>
    <message>
        <source>That name is the local store&apos;s; choose another.</source>
        <translation>该名称已被本地数据库使用，请换一个。</translation>
    </message>
    <message>
        <source>Workspace %1 saved.</source>
        <translation>工作区 %1 已保存。</translation>
    </message>
    <message>
        <source>Saved, but the password could not be kept: %1</source>
        <translation>已保存，但无法保存密码：%1</translation>
    </message>
    <message>
        <source>Workspace %1 saved. No keychain is available (%2): the password is kept only until MMS Studio closes, and will be asked for again.</source>
        <translation>工作区 %1 已保存。没有可用的钥匙串（%2）：密码只保留到 MMS Studio 关闭，下次会再次询问。</translation>
    </message>
    <message>
        <source>Workspace %1 saved; its password is in the system keychain.</source>
        <translation>工作区 %1 已保存；密码保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Enter the server and the database first.</source>
        <translation>请先填写服务器和数据库。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Cannot use it: %1</source>
        <translation>无法使用：%1</translation>
    </message>
    <message>
        <source>Opening workspace %1…</source>
        <translation>正在打开工作区 %1…</translation>
    </message>
    <message>
        <source>Not switched: %1</source>
        <translation>未切换：%1</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;witch to it</source>
        <translation>切换到此工作区(&amp;W)</translation>
    </message>
    <message>
        <source>A workspace called %1 exists already; choose another name.</source>
        <translation>已有名为 %1 的工作区，请换一个名称。</translation>
    </message>
    <message>
        <source>The workspace in use cannot be renamed; switch to another first.</source>
        <translation>正在使用的工作区不能改名，请先切换到其他工作区。</translation>
    </message>
    <message>
        <source>Workspace %1 renamed to %2.</source>
        <translation>工作区 %1 已改名为 %2。</translation>
    </message>
    <message>
        <source>Connected: MMS Studio can use this database.</source>
        <translation>连接成功：MMS Studio 可以使用此数据库。</translation>
    </message>
</context>
<context>
    <name>mms::XlsxWorkbook</name>
    <message>
        <source>the workbook has no such sheet</source>
        <translation>工作簿中没有该工作表</translation>
    </message>
    <message>
        <source>the sheet has more rows than Excel allows (%1)</source>
        <translation>工作表的行数超过了 Excel 的上限（%1）</translation>
    </message>
    <message>
        <source>a cell reference %1</source>
        <translation>单元格引用 %1</translation>
    </message>
    <message>
        <source>it unpacks to far more data than a workbook holds (a zip bomb?)</source>
        <translation>解压后的数据远超工作簿应有的大小（可能是压缩炸弹）</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1)</source>
        <translation>工作簿已损坏（%1）</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1 is missing)</source>
        <translation>工作簿已损坏（缺少 %1）</translation>
    </message>
    <message>
        <source>the workbook is protected by a password; open it in Excel, remove the password and save it again</source>
        <translation>工作簿已设置密码保护；请在 Excel 中打开，取消密码后重新保存</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1 cannot be unpacked)</source>
        <translation>工作簿已损坏（%1 无法解压）</translation>
    </message>
    <message>
        <source>it is not an Excel workbook, or the file is damaged</source>
        <translation>这不是 Excel 工作簿，或文件已损坏</translation>
    </message>
    <message>
        <source>it is a Word document, not an Excel workbook</source>
        <translation>这是 Word 文档，不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>it is a PowerPoint presentation, not an Excel workbook</source>
        <translation>这是 PowerPoint 演示文稿，不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>it is an OpenDocument file; save it as an Excel workbook (.xlsx) or as CSV</source>
        <translation>这是 OpenDocument 文件；请另存为 Excel 工作簿（.xlsx）或 CSV</translation>
    </message>
    <message>
        <source>it is a zip archive, not an Excel workbook</source>
        <translation>这是 zip 压缩包，不是 Excel 工作簿</translation>
    </message>
    <message>
        <source>the workbook holds no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>too many cell styles</source>
        <translation>单元格样式过多</translation>
    </message>
    <message>
        <source>cannot be unpacked</source>
        <translation>无法解压</translation>
    </message>
    <message>
        <source>%1 at line %2</source>
        <translation>%1（第 %2 行）</translation>
    </message>
    <message>
        <source>the workbook holds more text than can be read at once</source>
        <translation>工作簿中的文本过多，无法一次读取</translation>
    </message>
</context>
<context>
    <name>mms::ffmpeg</name>
    <message>
        <source>ffprobe is not installed (Debian package ffmpeg)</source>
        <translation>未安装 ffprobe（Debian 软件包 ffmpeg）</translation>
    </message>
    <message>
        <source>the file cannot be read as media: %1</source>
        <translation>无法作为媒体读取该文件：%1</translation>
    </message>
    <message>
        <source>ffmpeg is not installed (Debian package ffmpeg)</source>
        <translation>未安装 ffmpeg（Debian 软件包 ffmpeg）</translation>
    </message>
    <message>
        <source>ffmpeg could not start: %1</source>
        <translation>ffmpeg 无法启动：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>ffmpeg failed: %1</source>
        <translation>ffmpeg 失败：%1</translation>
    </message>
</context>
<context>
    <name>mms::help</name>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide is not installed here. It comes with the mms-studio package, in /usr/share/doc/mms-studio.</source>
        <translation>本机未安装用户指南。它随 mms-studio 软件包安装在 /usr/share/doc/mms-studio。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&lt;b&gt;MMS Studio %1&lt;/b&gt;&lt;p&gt;Design video MMS templates, send campaigns and follow their delivery.&lt;/p&gt;</source>
        <translation>&lt;b&gt;视频彩信工作室 %1&lt;/b&gt;&lt;p&gt;设计视频彩信模板、发送活动并跟踪送达情况。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built on:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1 (LGPL 3)&lt;/li&gt;&lt;li&gt;SQLite %2 (public domain)&lt;/li&gt;&lt;li&gt;PostgreSQL&apos;s libpq, for team databases (PostgreSQL licence)&lt;/li&gt;&lt;li&gt;QtKeychain, for passwords in the system keychain (BSD licence)&lt;/li&gt;&lt;li&gt;uchardet, to tell the encoding of recipient files (MPL 1.1)&lt;/li&gt;&lt;li&gt;FFmpeg, run as a separate program to fit media (LGPL 2.1 or later)&lt;/li&gt;&lt;li&gt;Noto CJK fonts where the system provides them (SIL OFL)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;基于：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %1（LGPL 3）&lt;/li&gt;&lt;li&gt;SQLite %2（公有领域）&lt;/li&gt;&lt;li&gt;PostgreSQL 的 libpq，用于团队数据库（PostgreSQL 许可证）&lt;/li&gt;&lt;li&gt;QtKeychain，把密码存入系统钥匙串（BSD 许可证）&lt;/li&gt;&lt;li&gt;uchardet，识别收件人文件的编码（MPL 1.1）&lt;/li&gt;&lt;li&gt;FFmpeg，作为独立程序运行以压缩媒体（LGPL 2.1 或更高版本）&lt;/li&gt;&lt;li&gt;Noto CJK 字体（如系统提供，SIL OFL）&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>About MMS Studio</source>
        <translation>关于视频彩信工作室</translation>
    </message>
</context>
<context>
    <name>mms::migrations</name>
    <message>
        <source>the database has schema version %1, made by a newer MMS Studio (this one knows up to %2); it was left untouched</source>
        <translation>数据库的结构版本为 %1，由更新版本的视频彩信工作室创建（本版本最高支持 %2）；未做任何改动</translation>
    </message>
    <message>
        <source>migration to version %1 failed: %2</source>
        <translation>迁移到版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>mms::mobile</name>
    <message>
        <source>empty number</source>
        <translation>号码为空</translation>
    </message>
    <message>
        <source>damaged by Excel (scientific notation %1): digits are lost, fix the source</source>
        <translation>已被 Excel 损坏（科学计数法 %1）：数字已丢失，请修正源文件</translation>
    </message>
    <message>
        <source>not a number: %1</source>
        <translation>不是数字：%1</translation>
    </message>
    <message>
        <source>%1 digits, a mobile number has 11</source>
        <translation>%1 位数字，手机号码应为 11 位</translation>
    </message>
    <message>
        <source>not a mainland mobile number: %1</source>
        <translation>不是中国大陆手机号码：%1</translation>
    </message>
</context>
<context>
    <name>mms::money</name>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <source>Yuan (price per message)</source>
        <translation>按元计（每条单价）</translation>
    </message>
    <message>
        <source>Messages (one per recipient)</source>
        <translation>按条计（每个收件人一条）</translation>
    </message>
</context>
<context>
    <name>mms::prompts</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>mms::pushes</name>
    <message>
        <source>time &quot;%1&quot; is not yyyyMMddHHmmss</source>
        <translation>时间“%1”不是 yyyyMMddHHmmss 格式</translation>
    </message>
    <message>
        <source>carrier %1</source>
        <translation>运营商 %1</translation>
    </message>
    <message>
        <source>empty audit notification</source>
        <translation>空的审核通知</translation>
    </message>
    <message>
        <source>audit notification is not a JSON object (%1)</source>
        <translation>审核通知不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>audit notification without mmsid</source>
        <translation>审核通知缺少 mmsid</translation>
    </message>
    <message>
        <source>audit notification for %1: status must be 1 (approved) or 2 (rejected)</source>
        <translation>%1 的审核通知：status 必须是 1（通过）或 2（驳回）</translation>
    </message>
    <message>
        <source>audit notification for %1: type must be 1, 2 or 3 (carrier)</source>
        <translation>%1 的审核通知：type 必须是 1、2 或 3（运营商）</translation>
    </message>
    <message>
        <source>%1 fields, a report has 4 or 5</source>
        <translation>%1 个字段，状态报告应有 4 或 5 个</translation>
    </message>
    <message>
        <source>mobile &quot;%1&quot; is not a number</source>
        <translation>手机号“%1”不是数字</translation>
    </message>
    <message>
        <source>empty status</source>
        <translation>状态为空</translation>
    </message>
    <message>
        <source>%1 fields, a reply has 4 (mobile, extension, text, time)</source>
        <translation>%1 个字段，上行回复应有 4 个（手机号、扩展码、内容、时间）</translation>
    </message>
    <message>
        <source>reply text is not UTF-8</source>
        <translation>回复内容不是 UTF-8</translation>
    </message>
    <message>
        <source>a control character (such as NUL or a line break) in the record</source>
        <translation>记录中含有控制字符（如 NUL 或换行）</translation>
    </message>
    <message>
        <source>/%1: record %2 left out: %3 (%4)</source>
        <translation>/%1：第 %2 条记录未保存：%3（%4）</translation>
    </message>
    <message>
        <source>/%1: and %2 more bad records in this push</source>
        <translation>/%1：本次推送另有 %2 条无效记录</translation>
    </message>
</context>
<context>
    <name>mms::requests</name>
    <message>
        <source>the account has no userid or username</source>
        <translation>账号缺少 userid 或 username</translation>
    </message>
    <message>
        <source>no template id (mmsid) given</source>
        <translation>未提供模板编号（mmsid）</translation>
    </message>
    <message>
        <source>the template has no subject</source>
        <translation>模板没有主题</translation>
    </message>
    <message>
        <source>the template has no frames</source>
        <translation>模板没有帧</translation>
    </message>
    <message>
        <source>frame %1: the duration must be a positive number of milliseconds</source>
        <translation>第 %1 帧：时长必须是正的毫秒数</translation>
    </message>
    <message>
        <source>frame %1 has no attachments</source>
        <translation>第 %1 帧没有附件</translation>
    </message>
    <message>
        <source>%1 has characters that GBK cannot hold; send it as hex16str</source>
        <translation>%1 含有 GBK 无法表示的字符；请以 hex16str 方式发送</translation>
    </message>
    <message>
        <source>no mobile numbers given</source>
        <translation>未提供手机号码</translation>
    </message>
    <message>
        <source>%1 numbers in one request; the platform takes at most %2</source>
        <translation>一次请求 %1 个号码；平台最多接受 %2 个</translation>
    </message>
    <message>
        <source>invalid mobile number: &quot;%1&quot;</source>
        <translation>无效的手机号码：“%1”</translation>
    </message>
    <message>
        <source>the username or password has characters that GBK cannot hold</source>
        <translation>用户名或密码含有 GBK 无法表示的字符</translation>
    </message>
</context>
<context>
    <name>mms::responses</name>
    <message>
        <source>the platform answered with an empty body</source>
        <translation>平台返回了空的应答</translation>
    </message>
    <message>
        <source>the platform&apos;s answer is not a JSON object: %1</source>
        <translation>平台的应答不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>the platform&apos;s answer has no code</source>
        <translation>平台的应答中没有 code</translation>
    </message>
    <message>
        <source>the platform&apos;s answer has an unreadable code: %1</source>
        <translation>平台应答中的 code 无法识别：%1</translation>
    </message>
    <message>
        <source>the platform reported success but sent no %1</source>
        <translation>平台报告成功，但没有返回 %1</translation>
    </message>
    <message>
        <source>the platform answered the balance query with an empty body</source>
        <translation>平台对余额查询返回了空的应答</translation>
    </message>
    <message>
        <source>the balance answer is not a number: %1</source>
        <translation>余额应答不是数字：%1</translation>
    </message>
</context>
<context>
    <name>mms::words</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between clauses</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a text and a note on it</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
</TS>
