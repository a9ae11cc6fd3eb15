"""Score the pipeline on one annotation round's meetings alone (train split, annotations/gold).

Each later annotation round was scored before any rule was written from it, at the commit its
README line names. The round's gold and this script exist only from later commits, so to reproduce the
"fresh" figure run HEAD's script and gold with that commit's pipeline code, from the repository root:

    git worktree add /tmp/old <commit> && PYTHONPATH=/tmp/old .venv/bin/python bench/fresh_meetings.py second

Models are found relative to the working directory first (pipeline.paths.resolve_model_path), so that line pairs the old
code with HEAD's models; to score the old models too, run from the worktree with HEAD's script (the gold is then the
worktree's):

    cd /tmp/old && PYTHONPATH=/tmp/old /work/main/.venv/bin/python /work/main/bench/fresh_meetings.py fourteenth fifteenth

Run it plainly to see the same meetings after the rules learnt from them. Several names score their meetings together
(`fourteenth fifteenth sixteenth seventeenth`: the 39 meetings neither the session-21 nor the session-22 act classifier
trained on).

    .venv/bin/python bench/fresh_meetings.py second   # 13 meetings of the second round
    .venv/bin/python bench/fresh_meetings.py third    # 11 meetings of the third round
    .venv/bin/python bench/fresh_meetings.py fourth   # 11 meetings of the fourth round
    .venv/bin/python bench/fresh_meetings.py fifth    # 6 meetings of the fifth round
    .venv/bin/python bench/fresh_meetings.py sixth    # 8 meetings of the sixth round
    .venv/bin/python bench/fresh_meetings.py seventh  # 8 meetings of the seventh round
    .venv/bin/python bench/fresh_meetings.py eighth   # 8 meetings of the eighth round
    .venv/bin/python bench/fresh_meetings.py ninth    # 8 meetings of the ninth round
    .venv/bin/python bench/fresh_meetings.py tenth    # 12 meetings of the tenth round (bench/draw_round.py --seed 10)
    .venv/bin/python bench/fresh_meetings.py eleventh # 12 meetings of the eleventh round (--seed 11)
    .venv/bin/python bench/fresh_meetings.py twelfth  # 12 meetings of the twelfth round (--seed 12)
    .venv/bin/python bench/fresh_meetings.py thirteenth  # 12 meetings of the thirteenth round (--seed 13)
    .venv/bin/python bench/fresh_meetings.py fourteenth  # 11 meetings of the fourteenth round (--seed 14)
    .venv/bin/python bench/fresh_meetings.py fifteenth  # 10 meetings of the fifteenth round (--seed 15)
    .venv/bin/python bench/fresh_meetings.py sixteenth  # 9 meetings of the sixteenth round (--seed 16)
    .venv/bin/python bench/fresh_meetings.py seventeenth  # 9 meetings of the seventeenth round (--seed 17)
    .venv/bin/python bench/fresh_meetings.py eighteenth  # 9 meetings of the eighteenth round (--seed 18)
    .venv/bin/python bench/fresh_meetings.py nineteenth  # 9 meetings of the nineteenth round (--seed 19)
    .venv/bin/python bench/fresh_meetings.py twentieth  # 9 meetings of the twentieth round (--seed 20)
    .venv/bin/python bench/fresh_meetings.py twenty-first  # 9 meetings of the twenty-first round (--seed 21)
    .venv/bin/python bench/fresh_meetings.py twenty-second  # 9 meetings of the twenty-second round (--seed 22)
    .venv/bin/python bench/fresh_meetings.py twenty-third  # 9 meetings of the twenty-third round (--seed 23)
    .venv/bin/python bench/fresh_meetings.py twenty-fourth  # 8 meetings of the twenty-fourth round (--seed 24)
    .venv/bin/python bench/fresh_meetings.py twenty-fifth  # 8 meetings of the twenty-fifth round (--seed 25)
    .venv/bin/python bench/fresh_meetings.py twenty-sixth  # 5 of the 7 meetings of the twenty-sixth round (--seed 26)
    .venv/bin/python bench/fresh_meetings.py twenty-sixth-late  # its other 2, delivered after the first 5 were scored
    .venv/bin/python bench/fresh_meetings.py twenty-seventh  # the twenty-seventh round (--seed 27), 7 meetings
    .venv/bin/python bench/fresh_meetings.py twenty-eighth  # the twenty-eighth round (--seed 28), 7 meetings
    .venv/bin/python bench/fresh_meetings.py twenty-ninth  # the twenty-ninth round (--seed 29), 7 meetings
    .venv/bin/python bench/fresh_meetings.py thirtieth  # the thirtieth round (--seed 30), 7 meetings
    .venv/bin/python bench/fresh_meetings.py thirty-first  # the thirty-first round (--seed 31), 7 meetings
    .venv/bin/python bench/fresh_meetings.py thirty-second  # the thirty-second round (--seed 32), 7 meetings
    .venv/bin/python bench/fresh_meetings.py thirty-third  # the thirty-third round (--seed 33), 7 meetings
    .venv/bin/python bench/fresh_meetings.py thirty-fourth  # the thirty-fourth round (--seed 34), 7 meetings
    .venv/bin/python bench/fresh_meetings.py thirty-fifth  # the thirty-fifth round (--seed 35), 7 meetings
    .venv/bin/python bench/fresh_meetings.py thirty-sixth  # the thirty-sixth round (--seed 36), 7 meetings
    .venv/bin/python bench/fresh_meetings.py thirty-seventh  # the thirty-seventh round (--seed 37), 7 meetings
    .venv/bin/python bench/fresh_meetings.py thirty-eighth  # the thirty-eighth round (--seed 38), 7 meetings
    .venv/bin/python bench/fresh_meetings.py thirty-ninth  # the thirty-ninth round (--seed 39), 7 meetings
    .venv/bin/python bench/fresh_meetings.py fortieth  # the fortieth round (--seed 40), 7 meetings
    .venv/bin/python bench/fresh_meetings.py forty-first  # the forty-first round (--seed 41), 7 meetings
    .venv/bin/python bench/fresh_meetings.py forty-second  # the forty-second round (--seed 42), 7 meetings
    .venv/bin/python bench/fresh_meetings.py forty-third  # the forty-third round (--seed 43), 7 meetings
    .venv/bin/python bench/fresh_meetings.py forty-fourth  # the forty-fourth round (--seed 44), 7 meetings
"""
from __future__ import annotations

import json
import sys

import pipeline
from pipeline.evaluation.gold_eval import evaluate_documents, gold_documents

ROUNDS = {
    "second": [
        "limerick/2016/2016-12-13--municipal-district-of-adare-rathkeale-14th-november-2016.md",
        "limerick/2017/2017-05-17--municipal-district-of-adare-rathkeale-27th-april-2017.md",
        "limerick/2018/2018-03-05--minutes-meeting-of-the-cultural-spc-16th-january-2018.md",
        "limerick/2018/2018-04-19--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-29th-march-2018.md",
        "limerick/2018/2018-07-13--minutes-joint-policing-committee-meeting-23rd-march-2018.md",
        "limerick/2019/2019-09-16--special-meeting-of-metropolitan-district-of-limerick-29th-july-2019.md",
        "limerick/2020/2020-07-24--minutes-joint-policing-committee-meeting-21st-february-2020.md",
        "limerick/2021/2021-09-20--minutes-adjourned-monthly-meeting-of-metropolitan-district-of-limerick-5th-august-2021.md",
        "limerick/2022/2022-10-10--meeting-of-the-economic-development-enterprise-and-planning-strategic-policy-committee-20th-june-2022.md",
        "limerick/2023/2023-11-23--meeting-of-the-municipal-district-of-cappamore-kilmallock-19th-october-2023.md",
        "mscc/pdf/15-12-09.pdf",
        "mscc/pdf/17-01-11.pdf",
        "mscc/pdf/18-07-11.pdf",
    ],
    "third": [
        "limerick/2015/2015-06-25--meeting-of-the-municipal-district-of-cappamore-kilmallock-19th-may-2015.md",
        "limerick/2016/2016-01-25--meeting-of-limerick-city-and-county-council-23rd-november-2015.md",
        "limerick/2018/2018-01-22--minutes-special-meeting-full-meeting-of-limerick-city-and-county-council-4-december-2017.md",
        "limerick/2018/2018-02-19--minutes-monthly-meeting-of-metropolitan-district-of-limerick-15-january-2018.md",
        "limerick/2018/2018-09-21--minutes-joint-policing-committee-meeting-13th-july-2018.md",
        "limerick/2021/2021-11-09--minutes-monthly-meeting-of-municipal-district-of-adare-rathkeale-12th-october-2021.md",
        "limerick/2022/2022-02-02--monthly-meeting-of-the-municipal-district-of-newcastle-west-12th-january-2022.md",
        "limerick/2023/2023-06-20--meeting-of-the-travel-and-transportation-strategic-policy-committee-18th-april-2023.md",
        "mscc/pdf/16-10-12.pdf",
        "mscc/pdf/17-09-13.pdf",
        "mscc/pdf/18-04-11.pdf",
    ],
    "fourth": [
        "limerick/2017/2017-06-07--minutes-municipal-district-of-newcastle-west-3rd-may-2017.md",
        "limerick/2017/2017-11-09--meeting-of-municipal-district-of-adare-rathkeale-10th-october-2017.md",
        "limerick/2017/2017-11-27--full-meeting-of-limerick-city-and-county-council-25th-september-2017.md",
        "limerick/2017/2017-12-18--minutes-monthly-meeting-of-metropolitan-district-of-limerick-20th-november-2017.md",
        "limerick/2018/2018-03-23--minutes-joint-policing-committee-meeting-8th-december-2017.md",
        "limerick/2018/2018-11-26--minutes-full-meeting-of-limerick-city-and-county-council-24th-september-2018.md",
        "limerick/2020/2020-06-23--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-20th-february-2020.md",
        "limerick/2021/2021-07-05--adjourned-special-meeting-of-limerick-city-and-county-council-16th-june-2021.md",
        "limerick/2023/2023-04-24--meeting-of-the-economic-development-enterprise-and-planning-strategic-policy-committee-13th-feb-2023.md",
        "mscc/pdf/16-07-13.pdf",
        "mscc/pdf/18-09-12.pdf",
    ],
    "fifth": [
        "limerick/2017/2017-06-21--community-leisure-and-emergency-services-spc-26th-april-2017.md",
        "limerick/2017/2017-11-27--special-meeting-of-limerick-city-and-county-council-25th-september-2017.md",
        "limerick/2018/2018-10-15--minutes-adjourned-meeting-of-metropolitan-district-of-limerick-20th-september-2018.md",
        "limerick/2023/2023-09-22--meeting-of-joint-policing-committee-2nd-june-2023.md",
        "mscc/pdf/17-04-12.pdf",
        "mscc/pdf/18-12-12.pdf",
    ],
    "sixth": [
        "limerick/2014/2014-09-09--minutes-of-meeting-municipal-district-of-adare-rathkeale-8th-july-2014.md",
        "limerick/2015/2015-07-16--monthly-meeting-municipal-district-of-cappamore-kilmallock-25th-june-2015.md",
        "limerick/2017/2017-02-01--municipal-district-of-newcastle-west-11th-january-2017.md",
        "limerick/2019/2019-03-21--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-28th-february-2019.md",
        "limerick/2022/2022-04-20--meeting-of-the-home-and-social-strategic-policy-committee-16th-february-2022.md",
        "limerick/2022/2022-09-26--special-meeting-of-limerick-city-and-county-council-11th-july-2022.md",
        "limerick/2019/2019-07-15--minutes-monthly-meeting-of-metropolitan-district-of-limerick-20th-may-2019.md",
        "mscc/pdf/17-07-12.pdf",
    ],
    "seventh": [
        "limerick/2014/2014-09-15--minutes-of-meeting-metropolitan-district-of-limerick-21st-july-2014.md",
        "limerick/2014/2014-11-05--minutes-of-meeting-municipal-district-of-newcastle-west-9th-october-2014.md",
        "limerick/2018/2018-01-22--minutes-special-meeting-full-meeting-of-limerick-city-and-county-council-8-january-2018.md",
        "limerick/2018/2018-12-10--minutes-meeting-of-the-home-and-social-development-strategic-policy-committee-22nd-october-2018.md",
        "limerick/2020/2020-09-08--monthly-meeting-of-the-municipal-district-of-adare-rathkeale-7th-july-2020.md",
        "limerick/2023/2023-12-14--monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-23rd-novembera-2023.md",
        "mscc/pdf/17-02-08.pdf",
        "mscc/pdf/17-10-11.pdf",
    ],
    "eighth": [
        "limerick/2016/2016-03-02--meeting-of-municipal-district-of-newcastle-west-10th-february-2016.md",
        "limerick/2016/2016-03-11--minutes-of-adjourned-meeting-municipal-district-of-cappamore-kilmallock-25th-february-2016.md",
        "limerick/2019/2019-04-08--minutes-meeting-of-the-travel-and-transportation-strategic-policy-committee-11th-february-2019.md",
        "limerick/2021/2021-05-24--special-meeting-of-limerick-city-and-county-council-7th-april-2021.md",
        "limerick/2023/2023-01-10--monthly-meeting-of-the-municipal-district-of-adare-rathkeale-13th-december-2022.md",
        "limerick/2023/2023-07-20--monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-22nd-june-2023.md",
        "mscc/pdf/17-05-10.pdf",
        "mscc/pdf/18-03-14.pdf",
    ],
    "ninth": [
        "limerick/2015/2015-02-16--minutes-of-meeting-metropolitan-district-19th-january-2015.md",
        "limerick/2019/2019-11-21--minutes-meeting-of-the-joint-policing-sub-committee-for-the-municipal-district-of-cappamore-kilmallock-19th-september-2019.md",
        "limerick/2015/2015-04-23--meeting-of-municipal-district-of-cappamore-kilmallock-26th-march-2015.md",
        "limerick/2020/2020-12-14--minutes-meeting-of-the-economic-development-enterprise-planning-spc-14th-october-2020.md",
        "limerick/2019/2019-11-12--minutes-monthly-meeting-of-the-municipal-district-of-adare-rathkeale-8th-october-2019.md",
        "limerick/2022/2022-12-14--minutes-meeting-of-the-home-and-social-strategic-policy-committee-19th-october-2022.md",
        "mscc/pdf/16-05-11.pdf",
        "mscc/pdf/18-01-10.pdf",
    ],
    "tenth": [
        "limerick/2015/2015-07-20--minutes-of-meeting-15th-june-2015.md",
        "limerick/2019/2019-10-21--minutes-special-meeting-of-metropolitan-district-of-limerick-7th-october-2019.md",
        "limerick/2018/2018-10-08--minutes-meeting-of-the-economic-development-enterprise-and-planning-spc-11th-june-2018.md",
        "limerick/2022/2022-12-16--joint-policing-committee-meeting-23rd-september-2022.md",
        "limerick/2015/2015-09-28--special-meeting-of-limerick-city-and-county-council-5th-august-2015.md",
        "limerick/2022/2022-09-26--annual-meeting-of-limerick-city-and-county-council-7th-july-2022.md",
        "limerick/2014/2014-11-05--minutes-of-meeting-municipal-district-of-newcastle-west-1st-october-2014.md",
        "limerick/2022/2022-04-21--minutes-joint-policing-sub-committee-meeting-for-elected-members-of-the-municipal-district-of-cappamore-kilmallock-20th-january-2022.md",
        "limerick/2021/2021-09-16--minutes-monthly-meeting-of-municipal-district-of-cappamore-kilmallock-15th-july-2021.md",
        "limerick/2022/2022-03-08--minutes-monthly-meeting-of-municipal-district-of-adare-rathkeale-8th-february-2022.md",
        "mscc/pdf/16-01-13.pdf",
        "mscc/pdf/16-09-14.pdf",
    ],
    "eleventh": [
        "limerick/2016/2016-05-23--minutes-of-adjourned-ordinary-meeting-23rd-march-2016.md",
        "limerick/2020/2020-02-20--minutes-joint-policing-sub-committee-meeting-for-elected-members-of-the-cappamore-kilmallock-municipal-district-21st-november-2019.md",
        "limerick/2015/2015-05-25--special-meeting-of-limerick-city-and-county-council-15th-april-2015.md",
        "limerick/2015/2015-07-21--annual-meeting-of-limerick-city-and-county-council-26th-june-2015.md",
        "limerick/2020/2020-09-07--minutes-meeting-of-the-community-leisure-and-culture-strategic-policy-committee-6th-july-2020.md",
        "limerick/2023/2023-03-03--special-joint-policing-committee-meeting-23rd-december-2022.md",
        "limerick/2017/2017-03-01--municipal-district-of-newcastle-west-1st-february-2017.md",
        "limerick/2018/2018-05-21--minutes-monthly-meeting-of-metropolitan-district-of-limerick-16th-april-2018.md",
        "limerick/2016/2016-10-20--minutes-of-meeting-of-municipal-district-of-cappamore-kilmallock-15th-september-2016.md",
        "limerick/2020/2020-06-09--minutes-monthly-meeting-of-the-municipal-district-of-adare-rathkeale-3rd-march-2020.md",
        "mscc/pdf/16-03-09.pdf",
        "mscc/pdf/17-12-13.pdf",
    ],
    "twelfth": [
        "limerick/2018/2018-11-21--minutes-joint-policing-sub-committee-meeting-of-the-municipal-district-of-cappamore-kilmallock-20th-september-2018.md",
        "limerick/2020/2020-01-27--minutes-full-meeting-of-limerick-city-and-county-council-25th-november-2019.md",
        "limerick/2016/2016-10-24--home-social-development-spc-13th-june-2016.md",
        "limerick/2021/2021-10-18--minutes-monthly-monthly-meeting-of-metropolitan-district-of-limerick-20th-september-2021.md",
        "limerick/2017/2017-11-27--minutes-housing-action-plan-special-meeting-of-limerick-city-and-county-council-6th-november-2017.md",
        "limerick/2023/2023-04-05--monthly-meeting-of-the-municipal-district-of-newcastle-west-1st-march-2023.md",
        "limerick/2019/2019-05-14--minutes-monthly-meeting-of-the-municipal-district-of-adare-rathkeale-9th-april-2019.md",
        "limerick/2020/2020-12-04--minutes-joint-policing-committee-meeting-2nd-october-2020.md",
        "limerick/2015/2015-07-20--minutes-of-annual-meeting-19th-june-2015.md",
        "limerick/2018/2018-06-28--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-17th-may-2018.md",
        "mscc/pdf/15-10-14.pdf",
        "mscc/pdf/18-11-14.pdf",
    ],
    "thirteenth": [
        "mscc/pdf/16-04-13.pdf",
        "mscc/pdf/15-07-05.pdf",
        "limerick/2016/2016-12-12--home-social-development-spc-24th-october-2016.md",
        "limerick/2023/2023-07-11--minutes-of-monthly-meeting-13th-june-2023-monthly-meeting-of-municipal-district-of-adare-rathkeale-11th-july-2023.md",
        "limerick/2014/2014-09-18--minutes-of-meeting-of-municipal-district-of-cappamore-kilmallock-17th-july-2014.md",
        "limerick/2021/2021-10-21--minutes-joint-policing-sub-committee-meeting-for-elected-members-of-the-municipal-district-of-cappamore-kilmallock-15th-july-2021.md",
        "limerick/2019/2019-07-08--annual-meeting-of-limerick-city-and-county-council-7th-june-2019.md",
        "limerick/2016/2016-09-20--minutes-of-meeting-of-joint-policing-committee-15th-april-2016.md",
        "limerick/2020/2020-09-21--minutes-monthly-meeting-of-metropolitan-district-of-limerick-20th-july-2020.md",
        "limerick/2022/2022-12-02--meeting-of-the-municipal-district-of-newcastle-west-2nd-november-2022.md",
        "limerick/2015/2015-06-15--minutes-of-meeting-18th-may-2015.md",
        "limerick/2022/2022-03-28--minutes-special-meeting-of-limerick-city-and-county-council-11th-march-2022.md",
    ],
    "fourteenth": [
        "mscc/pdf/17-06-14.pdf",
        "mscc/pdf/18-06-13.pdf",
        "limerick/2021/2021-02-17--minutes-meeting-of-the-home-and-social-development-strategic-policy-committee-16th-december-2020.md",
        "limerick/2017/2017-07-11--annual-meeting-of-the-municipal-district-of-adare-rathkeale-13th-june-2017.md",
        "limerick/2016/2016-11-17--minutes-of-meeting-municipal-district-of-cappamore-kilmallock-20th-october-2016.md",
        "limerick/2019/2019-02-28--minutes-joint-policing-sub-committee-meeting-of-the-municipal-district-of-cappamore-kilmallock-21st-november-2019.md",
        "limerick/2017/2017-01-23--meeting-of-limerick-city-and-county-council-28th-november-2016.md",
        "limerick/2022/2022-06-10--joint-policing-committee-meeting-4th-march-2022.md",
        "limerick/2019/2019-12-16--minutes-monthly-meeting-of-metropolitan-district-of-limerick-18th-november-2019.md",
        "limerick/2022/2022-10-12--meeting-of-the-municipal-district-of-newcastle-west-7th-september-2022.md",
        "limerick/2015/2015-01-26--minutes-of-special-meeting-of-limerick-city-county-council-15th-december-2014.md",
    ],
    "fifteenth": [
        "mscc/pdf/16-11-09.pdf",
        "limerick/2023/2023-12-07--minutes-meeting-of-the-home-and-social-strategic-policy-committee-12th-october-2023.md",
        "limerick/2020/2020-03-03--minutes-monthly-meeting-of-the-municipal-district-of-adare-rathkeale-11th-february-2020.md",
        "limerick/2018/2018-03-29--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-15th-february-2018.md",
        "limerick/2021/2021-03-18--minutes-joint-policing-sub-committee-meeting-for-elected-members-of-the-municipal-district-of-cappamore-kilmallock-10th-december-2020.md",
        "limerick/2023/2023-11-27--meeting-of-limerick-city-and-county-council-25th-september-2023.md",
        "limerick/2020/2020-10-02--minutes-joint-policing-committee-meeting-24th-july-2020.md",
        "limerick/2022/2022-05-16--minutes-monthly-meeting-of-metropolitan-district-of-limerick-19th-april-2022.md",
        "limerick/2023/2023-10-04--meeting-of-the-municipal-district-of-newcastle-west-6th-september-2023.md",
        "limerick/2017/2017-03-27--minutes-special-meeting-meeting-of-limerick-city-and-county-council-3rd-february-2017.md",
    ],
    "sixteenth": [
        "limerick/2023/2023-10-17--meeting-of-the-travel-and-transportation-strategic-policy-committee-20th-june-2023.md",
        "limerick/2017/2017-05-17--municipal-district-of-adare-rathkeale-18th-april-2017.md",
        "limerick/2014/2014-11-27--municipal-district-of-cappamore-kilmallock-22nd-october-2014.md",
        "limerick/2019/2019-04-11--minutes-meeting-of-the-joint-policing-sub-committee-of-the-municipal-district-of-cappamore-kilmallock-28th-february-2019.md",
        "limerick/2016/2016-01-25--adjourned-budget-meeting-of-limerick-city-and-county-council-23rd-november-2015.md",
        "limerick/2019/2019-10-11--minutes-meeting-of-the-limerick-city-and-county-council-joint-policing-committee-10th-may-2019.md",
        "limerick/2014/2014-12-15--minutes-of-meeting-metropolitan-district-of-limerick-17th-november-2014.md",
        "limerick/2022/2022-09-07--minutes-monthly-meeting-of-the-municipal-district-of-newcastle-west-13th-july-2022.md",
        "limerick/2021/2021-05-24--special-meeting-of-limerick-city-and-county-council-26th-march-2021.md",
    ],
    "seventeenth": [
        "limerick/2017/2017-11-09--minutes-meeting-of-the-community-leisure-emergency-services-spc-21st-june-2017.md",
        "limerick/2018/2018-03-21--minutes-monthly-meeting-of-the-municipal-district-of-adare-rathkeale-13th-february-2018.md",
        "limerick/2023/2023-07-20--annual-meeting-municipal-district-of-cappamore-kilmallock-22nd-june-2023.md",
        "limerick/2020/2020-09-17--minutes-joint-policing-sub-committee-meeting-for-elected-members-of-the-cappamore-kilmallock-municipal-district-20th-february-2020.md",
        "limerick/2020/2020-06-26--minutes-full-meeting-of-limerick-city-and-county-council-27th-january-2020.md",
        "limerick/2023/2023-03-03--joint-policing-committee-meeting-16th-december-2022.md",
        "limerick/2021/2021-04-19--minutes-monthly-meeting-of-metropolitan-district-of-limerick-19th-march-2021.md",
        "limerick/2023/2023-05-03--monthly-meeting-of-the-municipal-district-of-newcastle-west-3rd-may-2023.md",
        "limerick/2016/2016-03-23--special-meeting-of-limerick-city-and-county-council-18th-january-2016.md",
    ],
    "eighteenth": [
        "limerick/2016/2016-10-10--travel-transportation-spc-2nd-june-2016.md",
        "limerick/2016/2016-09-13--meeting-of-municipal-district-of-adare-rathkeale-12th-july-2016.md",
        "limerick/2022/2022-07-14--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-16th-june-2022.md",
        "limerick/2018/2018-07-19--minutes-municipal-district-of-cappamore-kilmallock-joint-policing-sub-committee-meeting-29th-march-2018.md",
        "limerick/2022/2022-09-26--ordinary-meeting-of-limerick-city-and-county-council-11th-july-2022.md",
        "limerick/2020/2020-02-21--minutes-meeting-of-the-limerick-city-and-county-council-joint-policing-committee-12th-december-2019.md",
        "limerick/2019/2019-03-19--minutes-monthly-meeting-of-metropolitan-district-of-limerick-18th-february-2019.md",
        "limerick/2023/2023-07-12--monthly-meeting-of-the-municipal-district-of-newcastle-west-22nd-june-2023.md",
        "limerick/2014/2014-09-22--minutes-of-special-meeting-of-limerick-city-and-county-council-monday-7th-july-2014.md",
    ],
    "nineteenth": [
        "limerick/2021/2021-04-13--minutes-meeting-of-the-climate-action-biodiversity-and-environment-spc-9th-february-2021.md",
        "limerick/2017/2017-12-05--special-meeting-in-committee-of-the-municipal-district-of-adare-rathkeale-27th-november-2017.md",
        "limerick/2017/2017-02-16--municipal-district-of-cappamore-kilmallock-19th-january-2017.md",
        "limerick/2023/2023-02-16--meeting-of-joint-policing-sub-committee-of-the-municipal-district-of-cappamore-kilmallock-20th-october-2022.md",
        "limerick/2018/2018-09-24--minutes-full-meeting-of-limerick-city-and-county-council-23rd-july-2018.md",
        "limerick/2023/2023-12-08--joint-policing-committee-meeting-22nd-september-2023.md",
        "limerick/2016/2016-05-16--minutes-of-meeting-metropolitan-district-of-limerick-18th-april-2016.md",
        "limerick/2014/2014-12-03--municipal-district-of-newcastle-west-5th-november-2014.md",
        "limerick/2017/2017-01-23--special-meeting-of-limerick-city-and-county-council-6th-january-2017.md",
    ],
    "twentieth": [
        "limerick/2020/2020-10-14--minutes-meeting-of-the-economic-development-enterprise-planning-spc-8th-june-2020.md",
        "limerick/2021/2021-05-11--minutes-monthly-meeting-of-municipal-district-of-adare-rathkeale-13th-april-2021.md",
        "limerick/2020/2020-01-16--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-12th-december-2019.md",
        "limerick/2021/2021-10-21--minutes-joint-policing-sub-committee-meeting-for-elected-members-of-the-municipal-district-of-cappamore-kilmallock-18th-march-2021.md",
        "limerick/2017/2017-11-27--adjourned-full-meeting-of-limerick-city-and-county-council-28th-september-2017.md",
        "limerick/2023/2023-06-02--joint-policing-committee-meeting-3rd-march-2023.md",
        "limerick/2018/2018-12-17--minutes-monthly-meeting-of-metropolitan-district-of-limerick-19th-november-2018.md",
        "limerick/2021/2021-03-03--minutes-monthly-meeting-of-the-municipal-district-of-newcastle-west-3rd-february-2021.md",
        "limerick/2016/2016-03-23--special-meeting-of-limerick-city-and-county-council-5th-february-2016.md",
    ],
    "twenty-first": [
        "limerick/2022/2022-10-25--travel-transportation-strategic-policy-committee-meeting-12th-july-2022.md",
        "limerick/2015/2015-01-13--municipal-district-of-adare-rathkeale-2nd-december-2014.md",
        "limerick/2021/2021-07-15--minutes-monthly-meeting-of-municipal-district-of-cappamore-kilmallock-17th-june-2021.md",
        "limerick/2018/2018-09-20--minutes-meeting-of-the-joint-policing-sub-committee-for-the-cappamore-kilmallock-municipal-district-19th-july-2018.md",
        "limerick/2014/2014-11-24--meeting-of-limerick-city-and-county-council-22-september-2014.md",
        "limerick/2021/2021-03-05--minutes-joint-policing-committee-meeting-4th-december-2020.md",
        "limerick/2017/2017-02-20--minutes-of-meeting-meeting-of-metropolitan-district-of-limerick-16th-january-2017.md",
        "limerick/2016/2016-01-27--meeting-of-municipal-district-of-newcastle-west-2nd-december-2015.md",
        "limerick/2022/2022-07-11--special-meeting-of-limerick-city-and-county-council-30th-june-2022.md",
    ],
    "twenty-second": [
        "limerick/2018/2018-04-30--minutes-meeting-of-the-home-and-social-development-spc-26th-february-2018.md",
        "limerick/2018/2018-09-11--minutes-monthly-meeting-of-the-municipal-district-of-adare-rathkeale-10th-july-2018.md",
        "limerick/2017/2017-07-20--minutes-meeting-of-municipal-district-of-cappamore-kilmallock-15th-june-2017.md",
        "limerick/2023/2023-09-21--joint-policing-sub-committee-meeting-of-the-municipal-district-of-cappamore-kilmallock-18th-may-2023.md",
        "limerick/2022/2022-01-24--minutes-full-meeting-of-limerick-city-and-county-council-22nd-november-2021.md",
        "limerick/2021/2021-06-04--minutes-joint-policing-committee-meeting-5th-march-2021.md",
        "limerick/2017/2017-10-27--monthly-meeting-of-metropolitan-district-of-limerick-18th-september-2017.md",
        "limerick/2023/2023-02-10--monthly-meeting-of-the-municipal-district-of-newcastle-west-11th-january-2023.md",
        "limerick/2021/2021-07-05--adjourned-special-meeting-of-limerick-city-and-county-council-17th-june-2021.md",
    ],
    "twenty-third": [
        "limerick/2022/2022-07-12--minutes-meeting-of-travel-and-transportation-strategic-policy-committee-27th-april-2022.md",
        "limerick/2017/2017-04-11--municipal-district-of-adare-rathkeale-14th-march-2017.md",
        "limerick/2019/2019-09-19--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-18th-july-2019.md",
        "limerick/2023/2023-12-14--joint-policing-sub-committee-meeting-of-the-municipal-district-of-cappamore-kilmallock-21st-september-2023.md",
        "limerick/2015/2015-11-23--meeting-of-limerick-city-and-county-council-28-september-2015.md",
        "limerick/2022/2022-03-04--joint-policing-committee-meeting-17th-dec-2021.md",
        "limerick/2015/2015-05-18--minutes-of-meeting-of-metropolitan-district-of-limerick-20th-april-2015.md",
        "limerick/2023/2023-09-06--monthly-meeting-of-the-municipal-district-of-newcastle-west-12th-july-2023.md",
        "limerick/2015/2015-05-25--special-meeting-of-limerick-city-and-county-council-18th-march-2015.md",
    ],
    "twenty-fourth": [
        "limerick/2018/2018-04-09--minutes-meeting-of-the-economic-development-enterprise-and-planning-spc-12th-february-2018.md",
        "limerick/2018/2018-12-18--minutes-meeting-of-the-municipal-district-of-adare-rathkeale-jpc-subcommittee-8th-november-2018.md",
        "limerick/2020/2020-10-15--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-17th-september-2020.md",
        "limerick/2019/2019-09-19--minutes-meeting-of-the-joint-policing-sub-committee-of-the-municipal-district-of-cappamore-kilmallock-11th-april-2019.md",
        "limerick/2020/2020-07-03--minutes-full-meeting-of-limerick-city-and-county-council-27th-january-2020.md",
        "limerick/2021/2021-02-15--minutes-adjourned-meeting-of-metropolitan-district-of-limerick-27th-january-2021.md",
        "limerick/2020/2020-03-04--minutes-monthly-meeting-of-the-municipal-district-of-newcastle-west-5th-february-2020.md",
        "limerick/2019/2019-04-29--special-meeting-of-limerick-city-and-county-council-20th-march-2019.md",
    ],
    "twenty-fifth": [
        "limerick/2022/2022-10-19--minutes-meeting-of-the-home-and-social-strategic-policy-committee-15th-june-2022.md",
        "limerick/2018/2018-04-10--minutes-monthly-meeting-of-the-municipal-district-of-adare-rathkeale-21st-march-2018.md",
        "limerick/2019/2019-02-28--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-17th-january-2019.md",
        "limerick/2020/2020-12-10--minutes-joint-policing-sub-committee-meeting-for-elected-members-of-the-municipal-district-of-cappamore-kilmallock-17th-september-2020.md",
        "limerick/2015/2015-03-23--minutes-of-meeting-limerick-city-county-council-26th-january-2015.md",
        "limerick/2020/2020-02-17--minutes-monthly-meeting-of-metropolitan-district-of-limerick-20th-january-2020.md",
        "limerick/2021/2021-02-03--minutes-monthly-meeting-of-the-municipal-district-of-newcastle-west-2nd-december-2020.md",
        "limerick/2023/2023-09-25--special-meeting-of-limerick-city-and-county-council-11th-july-2023.md",
    ],
    "twenty-sixth": [
        "limerick/2023/2023-09-12--monthly-meeting-of-municipal-district-of-adare-rathkeale-11th-july-2023.md",
        "limerick/2017/2017-07-20--annual-meeting-of-municipal-district-of-cappamore-kilmallock-15th-june-2017.md",
        "limerick/2021/2021-05-24--minutes-full-meeting-of-limerick-city-and-county-council-22nd-march-2021.md",
        "limerick/2017/2017-01-16--minutes-of-meeting-metropolitan-district-of-limerick-19th-december-2016.md",
        "limerick/2016/2016-03-23--special-meeting-of-limerick-city-and-county-council-18th-february-2016.md",
    ],
    "twenty-sixth-late": [
        "limerick/2020/2020-11-09--minutes-meeting-of-the-community-leisure-and-culture-strategic-policy-committee-7th-september-2020.md",
        "limerick/2019/2019-03-06--minutes-monthly-meeting-of-the-municipal-district-of-newcastle-west-6th-february-2019.md",
    ],
    "twenty-seventh": [
        "limerick/2019/2019-01-28--meeting-of-the-community-leisure-and-emergency-services-strategic-policy-committee-17th-december-2018.md",
        "limerick/2017/2017-09-12--special-meeting-in-committee-of-the-municipal-district-of-adare-rathkeale-5th-september-2017.md",
        "limerick/2015/2015-12-17--minutes-of-meeting-municipal-district-of-cappamore-kilmallock-19th-november-2015.md",
        "limerick/2021/2021-11-22--full-meeting-of-limerick-city-and-county-council-27th-september-2021.md",
        "limerick/2017/2017-05-15--meeeting-of-the-metropolitan-district-of-limerick-18th-april-2017.md",
        "limerick/2018/2018-11-07--minutes-monthly-meeting-of-the-municipal-district-of-newcastle-west-3rd-october-2018.md",
        "limerick/2017/2017-07-24--special-meeting-of-limerick-city-and-county-council-29th-may-2017.md",
    ],
    "twenty-eighth": [
        "limerick/2022/2022-04-11--minutes-meeting-of-the-economic-development-enterprise-and-planning-strategic-policy-committee-23rd-february-2022.md",
        "limerick/2022/2022-10-19--meeting-of-the-municipal-district-of-adare-rathkeale-13th-september-2022.md",
        "limerick/2023/2023-09-21--monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-20th-july-2023.md",
        "limerick/2021/2021-09-27--annual-meeting-of-limerick-city-and-county-council-30th-june-2021.md",
        "limerick/2016/2016-03-21--minutes-of-meeting-metropolitan-district-of-limerick-15th-february-2016.md",
        "limerick/2021/2021-02-03--special-meeting-of-the-municipal-district-of-newcastle-west-16th-december-2020.md",
        "limerick/2021/2021-03-22--special-meeting-of-limerick-city-and-county-council-8th-march-2021.md",
    ],
    "twenty-ninth": [
        "limerick/2017/2017-04-26--community-leisure-and-emergency-services-spc-21st-february-2017.md",
        "limerick/2019/2019-07-09--annual-meeting-of-the-municipal-district-of-adare-rathkeale-11th-june-2019.md",
        "limerick/2017/2017-10-19--meeting-of-municipal-district-of-cappamore-kilmallock-21st-september-2017.md",
        "limerick/2016/2016-07-18--annual-meeting-of-limerick-city-and-county-council-27th-june-2016.md",
        "limerick/2015/2015-03-16--meeting-of-metropolitan-district-of-limerick-16th-february-2015.md",
        "limerick/2015/2015-04-01--minutes-of-meeting-of-municipal-district-of-newcastle-west-24th-march-2015.md",
        "limerick/2016/2016-11-28--special-meeting-of-limerick-city-and-county-council-21st-october-2016-2-30pm.md",
    ],
    "thirtieth": [
        "limerick/2021/2021-07-09--meeting-of-the-travel-transportation-strategic-policy-committee-20th-april-2021.md",
        "limerick/2023/2023-11-28--meeting-of-the-joint-policing-sub-committee-of-the-municipal-district-of-adare-rathkeale-8th-november-2022.md",
        "limerick/2019/2019-11-21--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-17th-october-2019.md",
        "limerick/2019/2019-01-28--minutes-full-meeting-of-limerick-city-and-county-council-26th-november-2018.md",
        "limerick/2016/2016-01-18--minutes-of-meeting-metropolitan-district-of-limerick-21st-december-2015.md",
        "limerick/2018/2018-07-04--annual-meeting-of-the-municipal-district-of-newcastle-west-27th-june-2018.md",
        "limerick/2023/2023-01-23--special-meeting-of-limerick-city-and-county-council-6th-december-2022.md",
    ],
    "thirty-first": [
        "limerick/2018/2018-10-22--minutes-meeting-of-the-environment-strategic-policy-committee-25th-june-2018.md",
        "limerick/2016/2016-06-01--monthly-meeting-of-municipal-district-of-adare-rathkeale-11th-may-2016.md",
        "limerick/2015/2015-05-19--municipal-district-of-cappamore-kilmallock-23rd-april-2015.md",
        "limerick/2020/2020-09-28--full-meeting-of-limerick-city-and-county-council-26th-june-2020.md",
        "limerick/2020/2020-07-20--annual-meeting-of-metropolitan-district-of-limerick-15th-june-2020.md",
        "limerick/2018/2018-01-10--minutes-monthly-meeting-of-the-municipal-district-of-newcastle-west-13-december-2017.md",
        "limerick/2014/2014-09-22--minutes-of-special-meeting-of-limerick-county-council-friday-16th-may-2014.md",
    ],
    "thirty-second": [
        "limerick/2021/2021-04-26--minutes-meeting-of-the-economic-development-enterprise-and-planning-strategic-policy-committee-15th-feb-2021.md",
        "limerick/2019/2019-10-08--minutes-monthly-meeting-of-the-municipal-district-of-adare-rathkeale-10th-september-2019.md",
        "limerick/2015/2015-11-19--municipal-district-of-cappamore-kilmallock-15th-october-2015.md",
        "limerick/2021/2021-07-05--minutes-full-meeting-of-limerick-city-and-county-council-24th-may-2021.md",
        "limerick/2018/2018-03-20--minutes-monthly-meeting-of-the-metropolitan-district-of-limerick-19th-february-2018.md",
        "limerick/2015/2015-12-02--municipal-district-of-newcastle-west-4th-november-2015.md",
        "limerick/2023/2023-07-17--special-meeting-of-limerick-city-and-county-council-29th-may-2023.md",
    ],
    "thirty-third": [
        "limerick/2023/2023-02-15--minutes-meeting-of-the-home-and-social-strategic-policy-committee-14th-december-2022.md",
        "limerick/2023/2023-06-13--monthly-meeting-of-municipal-district-of-adare-rathkeale-16th-may-2023.md",
        "limerick/2018/2018-02-15--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-18th-january-2018.md",
        "limerick/2018/2018-05-28--minutes-full-meeting-of-limerick-city-and-county-council-26th-march-2018.md",
        "limerick/2019/2019-10-21--minutes-monthly-meeting-of-metropolitan-district-of-limerick-16th-september-2019.md",
        "limerick/2017/2017-12-13--minutes-monthly-meeting-of-the-municipal-district-of-newcastle-west-8th-november-2017.md",
        "limerick/2023/2023-07-17--special-meeting-of-limerick-city-and-county-council-5th-april-2023.md",
    ],
    "thirty-fourth": [
        "limerick/2018/2018-01-16--minutes-meeting-of-the-cultural-spc-12-december-2017.md",
        "limerick/2021/2021-12-14--monthly-meeting-of-municipal-district-of-adare-rathkeale-9th-november-2021.md",
        "limerick/2019/2019-07-18--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-9th-may-2019.md",
        "limerick/2021/2021-03-22--minutes-full-meeting-of-limerick-city-and-county-council-25th-january-2021.md",
        "limerick/2018/2018-05-21--minutes-of-metropolitan-jpc-sub-committee-meeting-19th-february-2018.md",
        "limerick/2018/2018-07-04--minutes-monthly-meeting-of-the-municipal-district-of-newcastle-west-15th-june-2018.md",
        "limerick/2023/2023-11-27--special-meeting-of-limerick-city-and-county-council-2nd-november-2023.md",
    ],
    "thirty-fifth": [
        "limerick/2022/2022-06-15--meeting-of-the-home-and-social-strategic-policy-committee-20th-april-2022.md",
        "limerick/2022/2022-12-13--meeting-of-the-municipal-district-of-adare-rathkeale-8th-november-2022.md",
        "limerick/2021/2021-06-17--minutes-monthly-meeting-of-municipal-district-of-cappamore-kilmallock-20th-may-2021.md",
        "limerick/2018/2018-03-26--minutes-full-meeting-of-limerick-city-and-county-council-22nd-january-2018.md",
        "limerick/2018/2018-09-17--minutes-monthly-meeting-of-the-metropolitan-district-of-limerick-16th-july-2018.md",
        "limerick/2022/2022-11-02--meeting-of-the-municipal-district-of-newcastle-west-12th-october-2022.md",
        "limerick/2020/2020-09-28--minutes-special-meeting-of-limerick-city-and-county-council-30th-june-2020.md",
    ],
    "thirty-sixth": [
        "limerick/2020/2020-02-17--minutes-meeting-of-the-economic-development-enterprise-and-planning-spc-9th-december-2019.md",
        "limerick/2016/2016-01-12--meeting-of-the-municipal-district-of-adare-rathkeale-10th-december-2015.md",
        "limerick/2017/2017-05-18--meeting-of-the-municipal-district-of-cappamore-kilmallock-20th-april-2017.md",
        "limerick/2014/2014-09-22--minutes-of-inaugural-meeting-of-limerick-city-and-county-council-friday-6th-june-2014.md",
        "limerick/2017/2017-04-18--meeting-of-the-metropolitan-district-of-limerick-20th-march-2017.md",
        "limerick/2019/2019-10-09--minutes-monthly-meeting-of-the-municipal-district-of-newcastle-west-18th-september-2019.md",
        "limerick/2014/2014-11-24--minutes-of-special-meeting-of-limerick-city-and-county-council-30-september-2014.md",
    ],
    "thirty-seventh": [
        "limerick/2017/2017-10-09--minutes-meeting-of-the-economic-development-enterprise-planning-strategic-policy-committee-12th-june-2017.md",
        "limerick/2018/2018-06-26--monthly-meeting-of-the-municipal-district-of-adare-rathkeale-15th-may-2018.md",
        "limerick/2019/2019-11-21--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-19th-september-2019.md",
        "limerick/2016/2016-11-28--meeting-of-limerick-city-and-county-council-19th-september-2016.md",
        "limerick/2019/2019-07-15--minutes-annual-meeting-of-metropolitan-district-of-limerick-14th-june-2019.md",
        "limerick/2018/2018-04-11--special-roads-meeting-of-the-municipal-district-of-newcastle-west-20th-march-2018.md",
        "limerick/2021/2021-05-24--special-meeting-of-limerick-city-and-county-council-22nd-april-2021.md",
    ],
    "thirty-eighth": [
        "limerick/2022/2022-12-20--travel-transportation-strategic-policy-committee-meeting-25th-october-2022.md",
        "limerick/2023/2023-03-14--monthly-meeting-of-municipal-district-of-adare-rathkeale-14th-february-2023.md",
        "limerick/2017/2017-04-20--municipal-district-of-cappamore-kilmallock-23rd-march-2017.md",
        "limerick/2019/2019-07-08--minutes-full-meeting-of-limerick-city-and-county-council-29th-april-2019.md",
        "limerick/2019/2019-07-15--minutes-special-meeting-of-metropolitan-district-of-limerick-20th-june-2019.md",
        "limerick/2018/2018-05-02--minutes-monthly-meeting-of-the-municipal-district-of-newcastle-west-11th-april-2018.md",
        "limerick/2014/2014-09-22--minutes-of-special-meeting-of-limerick-city-and-county-council-friday-29th-august-2014.md",
    ],
    "thirty-ninth": [
        "limerick/2016/2016-12-05--travel-and-transportation-spc-10th-october-2016.md",
        "limerick/2016/2016-12-13--municipal-district-of-adare-rathkeale-8th-november-2016.md",
        "limerick/2019/2019-05-09--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-11th-april-2019.md",
        "limerick/2017/2017-07-24--annual-meeting-of-limerick-city-and-county-council-26th-june-2017.md",
        "limerick/2017/2017-10-16--monthly-meeting-of-metropolitan-district-of-limerick-18th-september-2017.md",
        "limerick/2020/2020-11-04--minutes-monthly-meeting-of-the-municipal-district-of-newcastle-west-7th-october-2020.md",
        "limerick/2023/2023-07-17--special-meeting-of-limerick-city-and-county-council-26th-may-2023.md",
    ],
    "fortieth": [
        "limerick/2018/2018-02-19--minutes-meeting-of-the-community-leisure-emergency-services-spc-9th-november-2017.md",
        "limerick/2018/2018-06-26--monthly-meeting-of-municipal-district-of-adare-rathkeale-8th-may-2018.md",
        "limerick/2015/2015-10-15--municipal-district-of-cappamore-kilmallock-17th-september-2015.md",
        "limerick/2015/2015-09-28--full-meeting-of-limerick-city-and-county-council-21st-july-2015.md",
        "limerick/2017/2017-03-20--meeting-of-metropolitan-district-of-limerick-20th-february-2017.md",
        "limerick/2015/2015-03-04--municipal-district-of-newcastle-west-4th-february-2015.md",
        "limerick/2021/2021-07-05--special-meeting-of-limerick-city-and-county-council-14th-june-2021.md",
    ],
    "forty-first": [
        "limerick/2022/2022-06-20--meeting-of-the-economic-development-enterprise-and-planning-spc-11-april-2022.md",
        "limerick/2019/2019-03-12--minutes-monthly-meeting-of-the-municipal-district-of-adare-rathkeale-12th-february-2019.md",
        "limerick/2022/2022-12-08--meeting-of-the-municipal-district-of-cappamore-kilmallock-17th-november-2022.md",
        "limerick/2020/2020-09-28--minutes-adjourned-meeting-of-limerick-city-and-county-council-3rd-july-2020.md",
        "limerick/2021/2021-07-19--minutes-monthly-meeting-of-metropolitan-district-of-limerick-21st-june-2021.md",
        "limerick/2018/2018-03-07--minutes-monthly-meeting-of-the-municipal-district-of-newcastle-west-7th-february-2018.md",
        "limerick/2021/2021-11-22--special-meeting-of-limerick-city-and-county-council-2nd-november-2021.md",
    ],
    "forty-second": [
        "limerick/2022/2022-02-16--minutes-meeting-of-the-home-social-development-strategic-policy-committee-15th-december-2021.md",
        "limerick/2022/2022-06-14--minutes-monthly-meeting-of-the-municipal-district-of-adare-rathkeale-11th-may-2022.md",
        "limerick/2020/2020-02-20--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-16th-january-2020.md",
        "limerick/2014/2014-09-22--minutes-of-meeting-of-limerick-city-council-monday-28th-april-2014.md",
        "limerick/2021/2021-07-19--minutes-annual-meeting-of-metropolitan-district-of-limerick-21st-june-2021.md",
        "limerick/2015/2015-05-06--minutes-of-special-meeting-of-municipal-district-of-newcastle-west-22nd-april-2015.md",
        "limerick/2015/2015-09-28--special-meeting-of-limerick-city-and-county-council-29th-july-2015.md",
    ],
    "forty-third": [
        "limerick/2018/2018-10-15--minutes-meeting-of-the-community-leisure-and-emergency-services-strategic-policy-committee-18th-june-2018.md",
        "limerick/2017/2017-03-14--minutes-of-monthly-meeting-municipal-district-of-adare-rathkeale-15th-february-2017.md",
        "limerick/2016/2016-01-21--meeting-of-municipal-district-of-cappamore-kilmallock-17th-december-2015.md",
        "limerick/2023/2023-01-23--full-meeting-of-limerick-city-and-county-council-28th-november-2022.md",
        "limerick/2018/2018-06-18--minutes-monthly-meeting-of-metropolitan-district-of-limerick-21st-may-2018.md",
        "limerick/2019/2019-03-06--minutes-municipal-district-of-newcastle-west-joint-policing-sub-committee-meeting-5th-december-2018.md",
        "limerick/2023/2023-03-27--special-meeting-of-limerick-city-and-county-council-9th-february-2023.md",
    ],
    "forty-fourth": [
        "limerick/2021/2021-04-26--minutes-meeting-of-the-economic-development-enterprise-and-planning-strategic-policy-committee-29th-march-2021.md",
        "limerick/2015/2015-10-14--municipal-district-of-adare-rathkeale-8th-september-2015.md",
        "limerick/2018/2018-05-17--minutes-monthly-meeting-of-the-municipal-district-of-cappamore-kilmallock-19th-april-2018.md",
        "limerick/2023/2023-03-27--full-meeting-of-limerick-city-and-county-council-23rd-january-2023.md",
        "limerick/2021/2021-11-15--minutes-monthly-meeting-of-metropolitan-district-of-limerick-18th-october-2021.md",
        "limerick/2018/2018-02-07--minutes-monthly-meeting-of-the-municipal-district-of-newcastle-west-10th-january-2018.md",
        "limerick/2014/2014-11-24--minutes-of-special-meeting-of-limerick-city-and-county-council-19-september-2014.md",
    ],
}
KEYS = ("commitment_f1", "record_f1", "question_f1", "question_asker_f1", "speaker_acc", "deadline_acc", "act_macro_f1")


def main(round_names: list[str]) -> None:
    """Score one round, or several together ("fourteenth fifteenth ...": meetings a model trained before them never saw)."""
    unknown = [name for name in round_names if name not in ROUNDS]
    if unknown:
        raise SystemExit(f"unknown round {unknown[0]!r}: one of {', '.join(ROUNDS)}")
    wanted = {doc for name in round_names for doc in ROUNDS[name]}
    golds = [g for g in gold_documents("annotations/gold", "train") if g.doc in wanted]
    if len(golds) != len(wanted):
        raise SystemExit(f"found {len(golds)} of the {len(wanted)} meetings in annotations/gold")
    summary = evaluate_documents(golds, pipeline.load()).summary()
    print(json.dumps({"round": "+".join(round_names), "documents": len(golds), **{k: summary.get(k) for k in KEYS}}))


if __name__ == "__main__":
    main(sys.argv[1:] or ["second"])
