"builtin.module"() <{sym_name = "jit__lambda"}> ({
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{jax.result_info = "result"}], sym_name = "main", sym_visibility = "public"}> ({
  ^bb0(%arg13: tensor<8xf32>, %arg14: tensor<8xf32>, %arg15: tensor<8xf32>):
    %539 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %540 = "stablehlo.constant"() <{value = dense<2.3509887E-38> : tensor<f32>}> : () -> tensor<f32>
    %541 = "stablehlo.constant"() <{value = dense<2> : tensor<i32>}> : () -> tensor<i32>
    %542 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %543 = "stablehlo.constant"() <{value = dense<200> : tensor<i32>}> : () -> tensor<i32>
    %544 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %545 = "stablehlo.constant"() <{value = dense<true> : tensor<i1>}> : () -> tensor<i1>
    %546 = "stablehlo.constant"() <{value = dense<5.96046448E-8> : tensor<f32>}> : () -> tensor<f32>
    %547 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %548 = "stablehlo.constant"() <{value = dense<2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %549 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %550 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %551 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %552 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %553 = "stablehlo.broadcast_in_dim"(%552) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %554 = "stablehlo.divide"(%arg15, %553) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %555 = "stablehlo.broadcast_in_dim"(%551) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %556 = "stablehlo.compare"(%arg13, %555) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %557 = "stablehlo.broadcast_in_dim"(%550) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %558 = "stablehlo.compare"(%arg14, %557) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %559 = "stablehlo.or"(%556, %558) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %560 = "stablehlo.broadcast_in_dim"(%551) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %561 = "stablehlo.compare"(%arg14, %560) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %562 = "stablehlo.broadcast_in_dim"(%550) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %563 = "stablehlo.compare"(%arg13, %562) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %564 = "stablehlo.or"(%561, %563) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %565 = "stablehlo.broadcast_in_dim"(%551) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %566 = "stablehlo.compare"(%554, %565) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %567 = "stablehlo.broadcast_in_dim"(%549) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %568 = "stablehlo.compare"(%554, %567) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %569 = "stablehlo.not"(%566) : (tensor<8xi1>) -> tensor<8xi1>
    %570 = "stablehlo.not"(%568) : (tensor<8xi1>) -> tensor<8xi1>
    %571 = "stablehlo.compare"(%arg13, %arg13) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %572 = "stablehlo.compare"(%arg14, %arg14) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %573 = "stablehlo.or"(%571, %572) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %574 = "stablehlo.compare"(%554, %554) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %575 = "stablehlo.or"(%573, %574) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %576 = "stablehlo.and"(%564, %570) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %577 = "stablehlo.and"(%559, %566) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %578 = "stablehlo.or"(%576, %577) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %579 = "stablehlo.and"(%559, %569) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %580 = "stablehlo.and"(%564, %568) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %581 = "stablehlo.or"(%579, %580) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %582 = "stablehlo.broadcast_in_dim"(%551) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %583 = "stablehlo.compare"(%arg13, %582) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %584 = "stablehlo.broadcast_in_dim"(%551) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %585 = "stablehlo.compare"(%arg14, %584) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %586 = "stablehlo.or"(%583, %585) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %587 = "stablehlo.broadcast_in_dim"(%551) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %588 = "stablehlo.compare"(%554, %587) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %589 = "stablehlo.or"(%586, %588) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %590 = "stablehlo.broadcast_in_dim"(%549) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %591 = "stablehlo.compare"(%554, %590) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %592 = "stablehlo.or"(%589, %591) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %593 = "stablehlo.and"(%559, %564) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %594 = "stablehlo.or"(%593, %575) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %595 = "stablehlo.or"(%592, %594) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %596 = "stablehlo.broadcast_in_dim"(%549) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %597 = "stablehlo.add"(%arg13, %596) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %598 = "stablehlo.add"(%arg13, %arg14) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %599 = "stablehlo.broadcast_in_dim"(%548) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %600 = "stablehlo.add"(%598, %599) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %601 = "stablehlo.divide"(%597, %600) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %602 = "stablehlo.compare"(%554, %601) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %603 = "stablehlo.select"(%602, %arg13, %arg14) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %604 = "stablehlo.select"(%602, %arg14, %arg13) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %605 = "stablehlo.broadcast_in_dim"(%549) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %606 = "stablehlo.subtract"(%605, %554) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %607 = "stablehlo.select"(%602, %554, %606) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %608 = "stablehlo.broadcast_in_dim"(%547) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %609 = "stablehlo.broadcast_in_dim"(%547) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %610 = "stablehlo.compare"(%608, %609) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %611 = "stablehlo.broadcast_in_dim"(%551) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %612 = "stablehlo.broadcast_in_dim"(%549) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %613 = "stablehlo.select"(%610, %611, %612) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %614 = "stablehlo.abs"(%613) : (tensor<8xf32>) -> tensor<8xf32>
    %615 = "stablehlo.broadcast_in_dim"(%546) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %616 = "stablehlo.compare"(%614, %615) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %617 = "stablehlo.broadcast_in_dim"(%546) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %618 = "stablehlo.select"(%616, %617, %613) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %619 = "stablehlo.broadcast_in_dim"(%545) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<8xi1>
    %620 = "stablehlo.broadcast_in_dim"(%551) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %621:8 = "stablehlo.while"(%603, %604, %607, %618, %620, %618, %544, %619) ({
    ^bb0(%arg24: tensor<8xf32>, %arg25: tensor<8xf32>, %arg26: tensor<8xf32>, %arg27: tensor<8xf32>, %arg28: tensor<8xf32>, %arg29: tensor<8xf32>, %arg30: tensor<i32>, %arg31: tensor<8xi1>):
      %734 = "stablehlo.compare"(%arg30, %543) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %735 = "stablehlo.reduce"(%arg31, %542) <{dimensions = array<i64: 0>}> ({
      ^bb0(%arg32: tensor<i1>, %arg33: tensor<i1>):
        %737 = "stablehlo.or"(%arg32, %arg33) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%737) : (tensor<i1>) -> ()
      }) : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      %736 = "stablehlo.and"(%734, %735) : (tensor<i1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%736) : (tensor<i1>) -> ()
    }, {
    ^bb0(%arg16: tensor<8xf32>, %arg17: tensor<8xf32>, %arg18: tensor<8xf32>, %arg19: tensor<8xf32>, %arg20: tensor<8xf32>, %arg21: tensor<8xf32>, %arg22: tensor<i32>, %arg23: tensor<8xi1>):
      %655 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %656 = "stablehlo.broadcast_in_dim"(%541) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %657 = "func.call"(%655, %656) <{callee = @remainder}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %658 = "stablehlo.broadcast_in_dim"(%547) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %659 = "stablehlo.compare"(%657, %658) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %660 = "stablehlo.broadcast_in_dim"(%544) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %661 = "stablehlo.compare"(%655, %660) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %662 = "stablehlo.broadcast_in_dim"(%544) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %663 = "stablehlo.subtract"(%655, %662) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %664 = "stablehlo.broadcast_in_dim"(%541) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %665 = "func.call"(%663, %664) <{callee = @floor_divide}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %666 = "stablehlo.broadcast_in_dim"(%547) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %667 = "stablehlo.compare"(%665, %666) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %668 = "stablehlo.convert"(%665) : (tensor<8xi32>) -> tensor<8xf32>
      %669 = "stablehlo.broadcast_in_dim"(%549) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %670 = "stablehlo.broadcast_in_dim"(%548) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %671 = "stablehlo.add"(%arg16, %arg17) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %672 = "stablehlo.negate"(%671) : (tensor<8xf32>) -> tensor<8xf32>
      %673 = "stablehlo.multiply"(%672, %arg18) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %674 = "stablehlo.add"(%arg16, %669) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %675 = "stablehlo.divide"(%673, %674) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %676 = "stablehlo.add"(%arg16, %668) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %677 = "stablehlo.negate"(%676) : (tensor<8xf32>) -> tensor<8xf32>
      %678 = "stablehlo.add"(%arg16, %arg17) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %679 = "stablehlo.add"(%678, %668) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %680 = "stablehlo.multiply"(%677, %679) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %681 = "stablehlo.multiply"(%680, %arg18) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %682 = "stablehlo.multiply"(%670, %668) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %683 = "stablehlo.add"(%arg16, %682) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %684 = "stablehlo.multiply"(%670, %668) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %685 = "stablehlo.add"(%arg16, %684) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %686 = "stablehlo.add"(%685, %669) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %687 = "stablehlo.multiply"(%683, %686) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %688 = "stablehlo.divide"(%681, %687) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %689 = "stablehlo.select"(%667, %675, %688) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %690 = "stablehlo.subtract"(%arg17, %668) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %691 = "stablehlo.multiply"(%668, %690) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %692 = "stablehlo.multiply"(%691, %arg18) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %693 = "stablehlo.multiply"(%670, %668) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %694 = "stablehlo.add"(%arg16, %693) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %695 = "stablehlo.subtract"(%694, %669) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %696 = "stablehlo.multiply"(%670, %668) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %697 = "stablehlo.add"(%arg16, %696) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %698 = "stablehlo.multiply"(%695, %697) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %699 = "stablehlo.divide"(%692, %698) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %700 = "stablehlo.broadcast_in_dim"(%549) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %701 = "stablehlo.select"(%659, %689, %699) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %702 = "stablehlo.select"(%661, %700, %701) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %703 = "stablehlo.broadcast_in_dim"(%arg22) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %704 = "stablehlo.broadcast_in_dim"(%547) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %705 = "stablehlo.compare"(%703, %704) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %706 = "stablehlo.broadcast_in_dim"(%551) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %707 = "stablehlo.broadcast_in_dim"(%549) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %708 = "stablehlo.select"(%705, %706, %707) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %709 = "stablehlo.divide"(%702, %arg19) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %710 = "stablehlo.add"(%708, %709) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %711 = "stablehlo.broadcast_in_dim"(%546) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %712 = "stablehlo.abs"(%710) : (tensor<8xf32>) -> tensor<8xf32>
      %713 = "stablehlo.compare"(%712, %711) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %714 = "stablehlo.select"(%713, %711, %710) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %715 = "stablehlo.multiply"(%702, %arg20) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %716 = "stablehlo.add"(%708, %715) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %717 = "stablehlo.abs"(%716) : (tensor<8xf32>) -> tensor<8xf32>
      %718 = "stablehlo.compare"(%717, %711) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %719 = "stablehlo.select"(%718, %711, %716) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %720 = "stablehlo.broadcast_in_dim"(%549) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %721 = "stablehlo.divide"(%720, %719) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %722 = "stablehlo.multiply"(%714, %721) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %723 = "stablehlo.multiply"(%arg21, %722) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %724 = "stablehlo.broadcast_in_dim"(%549) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %725 = "stablehlo.subtract"(%722, %724) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %726 = "stablehlo.abs"(%725) : (tensor<8xf32>) -> tensor<8xf32>
      %727 = "stablehlo.broadcast_in_dim"(%546) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
      %728 = "stablehlo.compare"(%726, %727) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
      %729 = "stablehlo.add"(%arg22, %544) : (tensor<i32>, tensor<i32>) -> tensor<i32>
      %730 = "stablehlo.and"(%arg23, %728) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %731 = "stablehlo.select"(%arg23, %714, %arg19) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %732 = "stablehlo.select"(%arg23, %721, %arg20) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      %733 = "stablehlo.select"(%arg23, %723, %arg21) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
      "stablehlo.return"(%arg16, %arg17, %arg18, %731, %732, %733, %729, %730) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<i32>, tensor<8xi1>) -> ()
    }) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<i32>, tensor<8xi1>) -> (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<i32>, tensor<8xi1>)
    %622 = "func.call"(%604) <{callee = @lgamma}> : (tensor<8xf32>) -> tensor<8xf32>
    %623 = "stablehlo.add"(%603, %604) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %624 = "func.call"(%623) <{callee = @lgamma}> : (tensor<8xf32>) -> tensor<8xf32>
    %625 = "stablehlo.subtract"(%622, %624) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %626 = "func.call"(%603) <{callee = @lgamma}> : (tensor<8xf32>) -> tensor<8xf32>
    %627 = "stablehlo.add"(%626, %625) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %628 = "stablehlo.broadcast_in_dim"(%540) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %629 = "stablehlo.compare"(%603, %628) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %630 = "stablehlo.negate"(%607) : (tensor<8xf32>) -> tensor<8xf32>
    %631 = "stablehlo.log_plus_one"(%630) : (tensor<8xf32>) -> tensor<8xf32>
    %632 = "stablehlo.multiply"(%631, %604) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %633 = "stablehlo.subtract"(%632, %625) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %634 = "stablehlo.exponential"(%633) : (tensor<8xf32>) -> tensor<8xf32>
    %635 = "stablehlo.log"(%607) : (tensor<8xf32>) -> tensor<8xf32>
    %636 = "stablehlo.multiply"(%635, %603) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %637 = "stablehlo.negate"(%607) : (tensor<8xf32>) -> tensor<8xf32>
    %638 = "stablehlo.log_plus_one"(%637) : (tensor<8xf32>) -> tensor<8xf32>
    %639 = "stablehlo.multiply"(%638, %604) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %640 = "stablehlo.add"(%636, %639) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %641 = "stablehlo.subtract"(%640, %627) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %642 = "stablehlo.exponential"(%641) : (tensor<8xf32>) -> tensor<8xf32>
    %643 = "stablehlo.divide"(%642, %603) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %644 = "stablehlo.select"(%629, %634, %643) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %645 = "stablehlo.multiply"(%621#5, %644) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %646 = "stablehlo.broadcast_in_dim"(%549) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %647 = "stablehlo.subtract"(%646, %645) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %648 = "stablehlo.select"(%602, %645, %647) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %649 = "stablehlo.broadcast_in_dim"(%551) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %650 = "stablehlo.select"(%578, %649, %648) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %651 = "stablehlo.broadcast_in_dim"(%549) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %652 = "stablehlo.select"(%581, %651, %650) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %653 = "stablehlo.broadcast_in_dim"(%539) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %654 = "stablehlo.select"(%595, %653, %652) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%654) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>, res_attrs = [{}], sym_name = "remainder", sym_visibility = "private"}> ({
  ^bb0(%arg11: tensor<8xi32>, %arg12: tensor<8xi32>):
    %522 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %523 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %524 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %525 = "stablehlo.compare"(%arg12, %524) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %526 = "stablehlo.broadcast_in_dim"(%522) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %527 = "func.call"(%525, %526, %arg12) <{callee = @_where}> : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %528 = "stablehlo.remainder"(%arg11, %527) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %529 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %530 = "stablehlo.compare"(%528, %529) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %531 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %532 = "stablehlo.compare"(%528, %531) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %533 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %534 = "stablehlo.compare"(%527, %533) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %535 = "stablehlo.compare"(%532, %534) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %536 = "stablehlo.and"(%535, %530) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %537 = "stablehlo.add"(%528, %527) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %538 = "stablehlo.select"(%536, %537, %528) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%538) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>, res_attrs = [{}], sym_name = "_where", sym_visibility = "private"}> ({
  ^bb0(%arg8: tensor<8xi1>, %arg9: tensor<8xi32>, %arg10: tensor<8xi32>):
    %521 = "stablehlo.select"(%arg8, %arg9, %arg10) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%521) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}], function_type = (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>, res_attrs = [{}], sym_name = "floor_divide", sym_visibility = "private"}> ({
  ^bb0(%arg6: tensor<8xi32>, %arg7: tensor<8xi32>):
    %501 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %502 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
    %503 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %504 = "stablehlo.divide"(%arg6, %arg7) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %505 = "stablehlo.sign"(%arg6) : (tensor<8xi32>) -> tensor<8xi32>
    %506 = "stablehlo.sign"(%arg7) : (tensor<8xi32>) -> tensor<8xi32>
    %507 = "stablehlo.compare"(%505, %506) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %508 = "stablehlo.remainder"(%arg6, %arg7) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %509 = "stablehlo.broadcast_in_dim"(%503) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %510 = "stablehlo.compare"(%508, %509) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %511 = "stablehlo.broadcast_in_dim"(%502) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<8xi1>
    %512 = "stablehlo.compare"(%507, %511) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %513 = "stablehlo.convert"(%512) : (tensor<8xi1>) -> tensor<8xi1>
    %514 = "stablehlo.broadcast_in_dim"(%502) <{broadcast_dimensions = array<i64>}> : (tensor<i1>) -> tensor<8xi1>
    %515 = "stablehlo.compare"(%510, %514) <{compare_type = #stablehlo<comparison_type UNSIGNED>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %516 = "stablehlo.convert"(%515) : (tensor<8xi1>) -> tensor<8xi1>
    %517 = "stablehlo.and"(%513, %516) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %518 = "stablehlo.broadcast_in_dim"(%501) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %519 = "stablehlo.subtract"(%504, %518) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %520 = "func.call"(%517, %519, %504) <{callee = @_where_0}> : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%520) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}, {}, {}], function_type = (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>, res_attrs = [{}], sym_name = "_where_0", sym_visibility = "private"}> ({
  ^bb0(%arg3: tensor<8xi1>, %arg4: tensor<8xi32>, %arg5: tensor<8xi32>):
    %500 = "stablehlo.select"(%arg3, %arg4, %arg5) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    "func.return"(%500) : (tensor<8xi32>) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (tensor<8xf32>) -> tensor<8xf32>, sym_name = "lgamma", sym_visibility = "private"}> ({
  ^bb0(%arg2: tensor<8xf32>):
    %499 = "func.call"(%arg2) <{callee = @lgamma_impl}> : (tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%499) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf32>) -> tensor<8xf32>, res_attrs = [{}], sym_name = "lgamma_impl", sym_visibility = "private"}> ({
  ^bb0(%arg1: tensor<8xf32>):
    %59 = "stablehlo.constant"() <{value = dense<0x7FC00000> : tensor<f32>}> : () -> tensor<f32>
    %60 = "stablehlo.constant"() <{value = dense<0x7F800000> : tensor<f32>}> : () -> tensor<f32>
    %61 = "stablehlo.constant"() <{value = dense<-0.118629992> : tensor<f32>}> : () -> tensor<f32>
    %62 = "stablehlo.constant"() <{value = dense<15> : tensor<i32>}> : () -> tensor<i32>
    %63 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %64 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %65 = "stablehlo.constant"() <{value = dense<-4> : tensor<i32>}> : () -> tensor<i32>
    %66 = "stablehlo.constant"() <{value = dense<-3> : tensor<i32>}> : () -> tensor<i32>
    %67 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %68 = "stablehlo.constant"() <{value = dense<-9> : tensor<i32>}> : () -> tensor<i32>
    %69 = "stablehlo.constant"() <{value = dense<-2.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %70 = "stablehlo.constant"() <{value = dense<-2.70703125> : tensor<f32>}> : () -> tensor<f32>
    %71 = "stablehlo.constant"() <{value = dense<-0.340333879> : tensor<f32>}> : () -> tensor<f32>
    %72 = "stablehlo.constant"() <{value = dense<-0.143808067> : tensor<f32>}> : () -> tensor<f32>
    %73 = "stablehlo.constant"() <{value = dense<-0.258885145> : tensor<f32>}> : () -> tensor<f32>
    %74 = "stablehlo.constant"() <{value = dense<-0.338631809> : tensor<f32>}> : () -> tensor<f32>
    %75 = "stablehlo.constant"() <{value = dense<-0.541172326> : tensor<f32>}> : () -> tensor<f32>
    %76 = "stablehlo.constant"() <{value = dense<-4.02778824E-4> : tensor<f32>}> : () -> tensor<f32>
    %77 = "stablehlo.constant"() <{value = dense<-1.64453125> : tensor<f32>}> : () -> tensor<f32>
    %78 = "stablehlo.constant"() <{value = dense<-262144> : tensor<i32>}> : () -> tensor<i32>
    %79 = "stablehlo.constant"() <{value = dense<-1.41681449E-8> : tensor<f32>}> : () -> tensor<f32>
    %80 = "stablehlo.constant"() <{value = dense<0.418938547> : tensor<f32>}> : () -> tensor<f32>
    %81 = "stablehlo.constant"() <{value = dense<7.35094887E-4> : tensor<f32>}> : () -> tensor<f32>
    %82 = "stablehlo.constant"() <{value = dense<-0.00277601765> : tensor<f32>}> : () -> tensor<f32>
    %83 = "stablehlo.constant"() <{value = dense<0.083333306> : tensor<f32>}> : () -> tensor<f32>
    %84 = "stablehlo.constant"() <{value = dense<-65536> : tensor<i32>}> : () -> tensor<i32>
    %85 = "stablehlo.constant"() <{value = dense<-4096> : tensor<i32>}> : () -> tensor<i32>
    %86 = "stablehlo.constant"() <{value = dense<-0.0874438509> : tensor<f32>}> : () -> tensor<f32>
    %87 = "stablehlo.constant"() <{value = dense<-9.4766699E-7> : tensor<f32>}> : () -> tensor<f32>
    %88 = "stablehlo.constant"() <{value = dense<0.0882153138> : tensor<f32>}> : () -> tensor<f32>
    %89 = "stablehlo.constant"() <{value = dense<2.66566667E-6> : tensor<f32>}> : () -> tensor<f32>
    %90 = "stablehlo.constant"() <{value = dense<-0.030093316> : tensor<f32>}> : () -> tensor<f32>
    %91 = "stablehlo.constant"() <{value = dense<-3.46096863E-6> : tensor<f32>}> : () -> tensor<f32>
    %92 = "stablehlo.constant"() <{value = dense<0.0380277708> : tensor<f32>}> : () -> tensor<f32>
    %93 = "stablehlo.constant"() <{value = dense<1.10726241E-5> : tensor<f32>}> : () -> tensor<f32>
    %94 = "stablehlo.constant"() <{value = dense<-0.0616352633> : tensor<f32>}> : () -> tensor<f32>
    %95 = "stablehlo.constant"() <{value = dense<-4.18746822E-5> : tensor<f32>}> : () -> tensor<f32>
    %96 = "stablehlo.constant"() <{value = dense<0.0687552467> : tensor<f32>}> : () -> tensor<f32>
    %97 = "stablehlo.constant"() <{value = dense<1.28703221E-4> : tensor<f32>}> : () -> tensor<f32>
    %98 = "stablehlo.constant"() <{value = dense<-0.0770968348> : tensor<f32>}> : () -> tensor<f32>
    %99 = "stablehlo.constant"() <{value = dense<-4.00104967E-4> : tensor<f32>}> : () -> tensor<f32>
    %100 = "stablehlo.constant"() <{value = dense<0.0921150743> : tensor<f32>}> : () -> tensor<f32>
    %101 = "stablehlo.constant"() <{value = dense<0.00130214519> : tensor<f32>}> : () -> tensor<f32>
    %102 = "stablehlo.constant"() <{value = dense<-0.115153804> : tensor<f32>}> : () -> tensor<f32>
    %103 = "stablehlo.constant"() <{value = dense<-0.00441957917> : tensor<f32>}> : () -> tensor<f32>
    %104 = "stablehlo.constant"() <{value = dense<0.155437008> : tensor<f32>}> : () -> tensor<f32>
    %105 = "stablehlo.constant"() <{value = dense<1.603110e-02> : tensor<f32>}> : () -> tensor<f32>
    %106 = "stablehlo.constant"() <{value = dense<-1.20428467E-5> : tensor<f32>}> : () -> tensor<f32>
    %107 = "stablehlo.constant"() <{value = dense<-2.49975801E-5> : tensor<f32>}> : () -> tensor<f32>
    %108 = "stablehlo.constant"() <{value = dense<-0.245239258> : tensor<f32>}> : () -> tensor<f32>
    %109 = "stablehlo.constant"() <{value = dense<-0.0657043457> : tensor<f32>}> : () -> tensor<f32>
    %110 = "stablehlo.constant"() <{value = dense<-1.63669398E-8> : tensor<f32>}> : () -> tensor<f32>
    %111 = "stablehlo.constant"() <{value = dense<-8.0771576E-9> : tensor<f32>}> : () -> tensor<f32>
    %112 = "stablehlo.constant"() <{value = dense<0.577215672> : tensor<f32>}> : () -> tensor<f32>
    %113 = "stablehlo.constant"() <{value = dense<0.362068325> : tensor<f32>}> : () -> tensor<f32>
    %114 = "stablehlo.constant"() <{value = dense<2.750000e+00> : tensor<f32>}> : () -> tensor<f32>
    %115 = "stablehlo.constant"() <{value = dense<-2.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %116 = "stablehlo.constant"() <{value = dense<1.500000e+00> : tensor<f32>}> : () -> tensor<f32>
    %117 = "stablehlo.constant"() <{value = dense<4.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %118 = "stablehlo.constant"() <{value = dense<4.08500311E+36> : tensor<f32>}> : () -> tensor<f32>
    %119 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %120 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %121 = "stablehlo.constant"() <{value = dense<0xCB000000> : tensor<f32>}> : () -> tensor<f32>
    %122 = "stablehlo.constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %123 = "stablehlo.constant"() <{value = dense<1.17549435E-38> : tensor<f32>}> : () -> tensor<f32>
    %124 = "stablehlo.constant"() <{value = dense<[-0.457024753, 0.389279127, -0.143580884, 0.252317429, -0.0393618383, 0.044705715, -0.00821816828, 0.00845535938, -0.00138529448, 0.00139251992, -1.98333408E-4, 1.98492111E-4, -2.48002707E-5, 2.48029046E-5, -2.75571483E-6, 2.75574894E-6]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %125 = "stablehlo.constant"() <{value = dense<[5.94916755E-8, -3.54790686E-8, -3.68688085E-8, 3.76581397E-7, -4.76539057E-8, -3.55105034E-9, -5.32157296E-9, -8.06212164E-9, 3.06054702E-8, -2.78180523E-9, 3.50178708E-9, 1.29220146E-8, 7.863690e-10, 2.69535949E-8, 4.6068509E-9, -4.45871677E-8]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %126 = "stablehlo.constant"() <{value = dense<[-4.000000e+00, 8.000000e+00, -8.000000e+00, 5.000000e+00, -3.200000e+01, 3.200000e+01, -1.280000e+02, 1.280000e+02, -1.024000e+03, 1.024000e+03, -8.192000e+03, 8.192000e+03, -6.553600e+04, 6.553600e+04, -5.242880e+05, 5.242880e+05]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %127 = "stablehlo.constant"() <{value = dense<[-0.159328774, 0.0576419458, 0.0890589356, -0.112513699, 0.135735735, 6.965170e-02, 0.125686765, 0.146504283, 0.0406869948, 0.0332881212, 0.117427632, 0.117521591, 0.117468342, 0.117480814, 0.104421198, 0.104422495]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %128 = "stablehlo.constant"() <{value = dense<[0.331330806, 8.291350e-01, 0.503326118, 0.315871686, 0.616740942, 0.623426735, 0.486454189, 0.576084316, 0.384525478, 0.384525478, 0.746363044, 0.746960282, 0.746621787, 0.746701061, 0.663695037, 0.663703262]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %129 = "stablehlo.constant"() <{value = dense<[1.84733522E-4, -2.9646694E-8, 0.011288845, 0.0174867287, 0.00302782631, 0.00111427787, 0.0215747431, 0.0153723899, 0.00111806742, 0.00111262884, 1.96532113E-4, 1.94647379E-4, 1.95713132E-4, 1.95462926E-4, 8.03905597E-4, 8.03785398E-4]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %130 = "stablehlo.constant"() <{value = dense<[1.94712948E-6, 1.21839349E-7, -0.0256622117, -3.91509646E-4, -0.00889821723, -0.00260707643, -0.0563762672, -0.0442791618, -0.00225084438, -0.0021495237, -6.105965E-4, -6.05238078E-4, -6.08268601E-4, -6.07557246E-4, -0.00222100154, -0.0022206977]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %131 = "stablehlo.constant"() <{value = dense<[3.15098849E-4, -3.44550671E-7, 0.0290855914, 0.00992891471, 0.0122142518, 0.00309086381, 0.070916444, 0.057515502, 3.119470e-03, 0.00294237514, 9.17615601E-4, 9.10310831E-4, 9.14442877E-4, 9.13473195E-4, 0.00296809897, 0.00296773086]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %132 = "stablehlo.constant"() <{value = dense<[-3.84479208E-4, 1.15980686E-6, -0.0312476438, -1.439150e-02, -0.0139989331, -0.00412598718, -0.0725477635, -0.0567653738, -0.00473608915, -0.00451267697, -0.0013456688, -0.00133602659, -0.00134148181, -0.00134020182, -0.00387056544, -0.00387013354]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %133 = "stablehlo.constant"() <{value = dense<[0.00125246018, -3.95599136E-6, 0.0403914787, 0.0193856079, 0.0191290192, 0.0069939713, 0.0820309147, 0.0641004294, 0.00761114992, 0.00730301253, 0.00250417483, 0.00248820125, 0.0024972402, 0.00249511958, 0.00640497683, 0.0064043412]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %134 = "stablehlo.constant"() <{value = dense<[-0.00146748021, 1.45222593E-5, -0.0541492924, -0.0280490778, -0.0282975342, -0.0116980402, -0.0998203381, -0.0814136043, -0.0123622222, -0.0119208042, -0.00478769559, -0.00476096058, -0.00477609178, -0.00477254251, -0.0108892452, -0.010888299]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %135 = "stablehlo.constant"() <{value = dense<[0.00606082333, -4.8143087E-5, 0.0726415962, 0.0414062776, 0.041801028, 0.019464232, 0.123077847, 0.103880107, 0.0204555895, 0.0198268518, 0.0090743145, 0.00903086923, 0.00905546173, 0.00904969498, 0.0183528531, 0.018351486]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %136 = "stablehlo.constant"() <{value = dense<[-0.00566445943, 1.95083878E-4, -0.10001526, -0.0623254887, -6.309460e-02, -0.0333747901, -0.155301243, -0.134749115, -0.0348192044, -0.0339251608, -0.017664317, -0.0175938141, -0.0176337287, -0.0176243708, -0.0317691043, -0.0317671336]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %137 = "stablehlo.constant"() <{value = dense<[0.0340694487, -6.1159383E-4, 0.143769518, 0.100203656, 0.0993178635, 0.0596873201, 0.204172432, 0.182204425, 0.0617407188, 0.060469225, 0.0358742476, 0.0357596539, 0.035824541, 0.0358093306, 0.0573732294, 0.0573703833]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %138 = "stablehlo.constant"() <{value = dense<[-0.0220513903, 0.00312605849, -0.219275236, -0.160761073, -0.166799217, -0.113849126, -2.863670e-01, -0.262935728, -0.116775729, -0.114967376, -0.0777179226, -0.0775316581, -0.0776371509, -0.0776124224, -0.110526413, -0.1105223]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %139 = "stablehlo.constant"() <{value = dense<[0.303645074, -0.00831427425, 0.4036147, 0.383007586, 0.316655636, 0.245815158, 0.451950848, 0.426955372, 0.248478323, 0.245906442, 0.189408079, 0.189105317, 0.189276785, 0.189236596, 0.239530981, 0.239525035]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %140 = "stablehlo.constant"() <{value = dense<[-0.378900856, 0.0847525671, -0.972735583, -0.382870048, -0.837202489, -0.647658169, -0.963767051, -0.910435795, -0.706774055, -0.69945842, -0.615726292, -0.6147421, -0.615299701, -0.615169048, -0.692147255, -0.692130089]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %141 = "stablehlo.constant"() <{value = dense<[-8.08833888E-9, 3.02288261E-9, -2.62951705E-9, 1.11597682E-8, -2.961478E-8, 1.83076647E-8, -2.42011318E-8, -6.12570794E-9, 3.29787664E-9, -7.87305065E-9, -1.92484588E-8, -1.102803E-8, 1.95376559E-9, 2.95986302E-9, -6.88464041E-9, 6.48655218E-9]> : tensor<16xf32>}> : () -> tensor<16xf32>
    %142 = "stablehlo.abs"(%arg1) : (tensor<8xf32>) -> tensor<8xf32>
    %143 = "stablehlo.broadcast_in_dim"(%123) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %144 = "stablehlo.compare"(%142, %143) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %145 = "stablehlo.broadcast_in_dim"(%122) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %146 = "stablehlo.compare"(%arg1, %145) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %147 = "stablehlo.not"(%146) : (tensor<8xi1>) -> tensor<8xi1>
    %148 = "stablehlo.not"(%144) : (tensor<8xi1>) -> tensor<8xi1>
    %149 = "stablehlo.and"(%147, %148) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %150 = "stablehlo.broadcast_in_dim"(%121) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %151 = "stablehlo.compare"(%arg1, %150) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %152 = "stablehlo.and"(%149, %151) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %153 = "stablehlo.broadcast_in_dim"(%120) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %154 = "stablehlo.select"(%152, %arg1, %153) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %155 = "stablehlo.round_nearest_even"(%154) : (tensor<8xf32>) -> tensor<8xf32>
    %156 = "stablehlo.subtract"(%154, %155) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %157 = "stablehlo.abs"(%156) : (tensor<8xf32>) -> tensor<8xf32>
    %158 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %159 = "stablehlo.subtract"(%158, %155) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %160 = "stablehlo.subtract"(%159, %156) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %161 = "stablehlo.subtract"(%159, %160) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %162 = "stablehlo.subtract"(%161, %156) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %163 = "stablehlo.select"(%146, %arg1, %160) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %164 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %165 = "stablehlo.minimum"(%163, %164) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %166:2 = "func.call"(%157) <{callee = @_log_f32}> : (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %167 = "stablehlo.broadcast_in_dim"(%117) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %168 = "stablehlo.minimum"(%165, %167) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %169 = "stablehlo.broadcast_in_dim"(%116) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %170 = "stablehlo.compare"(%168, %169) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %171 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %172 = "stablehlo.subtract"(%168, %171) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %173 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %174 = "stablehlo.add"(%173, %168) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %175 = "stablehlo.subtract"(%174, %173) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %176 = "stablehlo.subtract"(%168, %175) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %177 = "stablehlo.broadcast_in_dim"(%114) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %178 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %179 = "stablehlo.select"(%170, %177, %178) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %180 = "stablehlo.subtract"(%168, %179) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %181 = "stablehlo.broadcast_in_dim"(%113) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %182 = "stablehlo.broadcast_in_dim"(%112) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %183 = "stablehlo.select"(%170, %181, %182) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %184 = "stablehlo.broadcast_in_dim"(%111) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %185 = "stablehlo.broadcast_in_dim"(%110) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %186 = "stablehlo.select"(%170, %184, %185) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %187 = "stablehlo.broadcast_in_dim"(%109) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %188 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %189 = "stablehlo.select"(%170, %187, %188) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %190 = "stablehlo.broadcast_in_dim"(%107) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %191 = "stablehlo.broadcast_in_dim"(%106) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %192 = "stablehlo.select"(%170, %190, %191) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %193 = "stablehlo.broadcast_in_dim"(%105) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %194 = "stablehlo.broadcast_in_dim"(%104) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %195 = "stablehlo.select"(%170, %193, %194) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %196 = "stablehlo.broadcast_in_dim"(%103) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %197 = "stablehlo.broadcast_in_dim"(%102) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %198 = "stablehlo.select"(%170, %196, %197) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %199 = "stablehlo.broadcast_in_dim"(%101) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %200 = "stablehlo.broadcast_in_dim"(%100) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %201 = "stablehlo.select"(%170, %199, %200) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %202 = "stablehlo.broadcast_in_dim"(%99) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %203 = "stablehlo.broadcast_in_dim"(%98) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %204 = "stablehlo.select"(%170, %202, %203) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %205 = "stablehlo.broadcast_in_dim"(%97) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %206 = "stablehlo.broadcast_in_dim"(%96) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %207 = "stablehlo.select"(%170, %205, %206) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %208 = "stablehlo.broadcast_in_dim"(%95) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %209 = "stablehlo.broadcast_in_dim"(%94) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %210 = "stablehlo.select"(%170, %208, %209) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %211 = "stablehlo.broadcast_in_dim"(%93) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %212 = "stablehlo.broadcast_in_dim"(%92) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %213 = "stablehlo.select"(%170, %211, %212) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %214 = "stablehlo.broadcast_in_dim"(%91) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %215 = "stablehlo.broadcast_in_dim"(%90) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %216 = "stablehlo.select"(%170, %214, %215) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %217 = "stablehlo.broadcast_in_dim"(%89) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %218 = "stablehlo.broadcast_in_dim"(%88) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %219 = "stablehlo.select"(%170, %217, %218) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %220 = "stablehlo.broadcast_in_dim"(%87) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %221 = "stablehlo.broadcast_in_dim"(%86) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %222 = "stablehlo.select"(%170, %220, %221) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %223 = "stablehlo.bitcast_convert"(%180) : (tensor<8xf32>) -> tensor<8xi32>
    %224 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %225 = "stablehlo.and"(%223, %224) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %226 = "stablehlo.bitcast_convert"(%225) : (tensor<8xi32>) -> tensor<8xf32>
    %227 = "stablehlo.subtract"(%180, %226) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %228 = "stablehlo.multiply"(%226, %189) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %229 = "stablehlo.add"(%183, %228) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %230 = "stablehlo.subtract"(%229, %183) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %231 = "stablehlo.subtract"(%228, %230) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %232 = "stablehlo.multiply"(%227, %189) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %233 = "stablehlo.add"(%186, %232) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %234 = "stablehlo.fma"(%222, %180, %219) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %235 = "stablehlo.fma"(%234, %180, %216) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %236 = "stablehlo.fma"(%235, %180, %213) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %237 = "stablehlo.fma"(%236, %180, %210) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %238 = "stablehlo.fma"(%237, %180, %207) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %239 = "stablehlo.fma"(%238, %180, %204) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %240 = "stablehlo.fma"(%239, %180, %201) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %241 = "stablehlo.fma"(%240, %180, %198) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %242 = "stablehlo.fma"(%241, %180, %195) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %243 = "stablehlo.fma"(%242, %180, %192) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %244 = "stablehlo.multiply"(%180, %243) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %245 = "stablehlo.add"(%233, %244) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %246 = "stablehlo.add"(%231, %245) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %247 = "stablehlo.add"(%229, %246) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %248 = "stablehlo.subtract"(%247, %229) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %249 = "stablehlo.subtract"(%246, %248) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %250 = "stablehlo.bitcast_convert"(%172) : (tensor<8xf32>) -> tensor<8xi32>
    %251 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %252 = "stablehlo.and"(%250, %251) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %253 = "stablehlo.bitcast_convert"(%252) : (tensor<8xi32>) -> tensor<8xf32>
    %254 = "stablehlo.subtract"(%172, %253) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %255 = "stablehlo.bitcast_convert"(%174) : (tensor<8xf32>) -> tensor<8xi32>
    %256 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %257 = "stablehlo.and"(%255, %256) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %258 = "stablehlo.bitcast_convert"(%257) : (tensor<8xi32>) -> tensor<8xf32>
    %259 = "stablehlo.subtract"(%174, %258) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %260 = "stablehlo.multiply"(%253, %258) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %261 = "stablehlo.multiply"(%254, %174) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %262 = "stablehlo.add"(%259, %176) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %263 = "stablehlo.multiply"(%253, %262) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %264 = "stablehlo.add"(%261, %263) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %265 = "stablehlo.bitcast_convert"(%247) : (tensor<8xf32>) -> tensor<8xi32>
    %266 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %267 = "stablehlo.and"(%265, %266) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %268 = "stablehlo.bitcast_convert"(%267) : (tensor<8xi32>) -> tensor<8xf32>
    %269 = "stablehlo.subtract"(%247, %268) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %270 = "stablehlo.multiply"(%260, %268) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %271 = "stablehlo.multiply"(%264, %247) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %272 = "stablehlo.add"(%269, %249) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %273 = "stablehlo.multiply"(%260, %272) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %274 = "stablehlo.add"(%271, %273) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %275 = "stablehlo.add"(%270, %274) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %276 = "stablehlo.subtract"(%275, %270) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %277 = "stablehlo.subtract"(%274, %276) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %278:2 = "func.call"(%165) <{callee = @_log_f32}> : (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>)
    %279 = "stablehlo.bitcast_convert"(%278#0) : (tensor<8xf32>) -> tensor<8xi32>
    %280 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %281 = "stablehlo.and"(%279, %280) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %282 = "stablehlo.bitcast_convert"(%281) : (tensor<8xi32>) -> tensor<8xf32>
    %283 = "stablehlo.subtract"(%278#0, %282) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %284 = "stablehlo.add"(%283, %278#1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %285 = "stablehlo.broadcast_in_dim"(%120) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %286 = "stablehlo.add"(%165, %285) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %287 = "stablehlo.subtract"(%286, %165) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %288 = "stablehlo.subtract"(%285, %287) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %289 = "stablehlo.bitcast_convert"(%286) : (tensor<8xf32>) -> tensor<8xi32>
    %290 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %291 = "stablehlo.and"(%289, %290) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %292 = "stablehlo.bitcast_convert"(%291) : (tensor<8xi32>) -> tensor<8xf32>
    %293 = "stablehlo.subtract"(%286, %292) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %294 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %295 = "stablehlo.subtract"(%282, %294) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %296 = "stablehlo.multiply"(%292, %295) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %297 = "stablehlo.add"(%293, %288) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %298 = "stablehlo.multiply"(%297, %295) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %299 = "stablehlo.multiply"(%286, %284) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %300 = "stablehlo.add"(%298, %299) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %301 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %302 = "stablehlo.divide"(%301, %165) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %303 = "stablehlo.multiply"(%302, %302) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %304 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %305 = "stablehlo.broadcast_in_dim"(%82) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %306 = "stablehlo.fma"(%304, %303, %305) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %307 = "stablehlo.broadcast_in_dim"(%83) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %308 = "stablehlo.fma"(%306, %303, %307) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %309 = "stablehlo.broadcast_in_dim"(%80) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %310 = "stablehlo.add"(%296, %309) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %311 = "stablehlo.subtract"(%310, %296) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %312 = "stablehlo.subtract"(%309, %311) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %313 = "stablehlo.multiply"(%302, %308) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %314 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %315 = "stablehlo.add"(%314, %313) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %316 = "stablehlo.add"(%300, %315) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %317 = "stablehlo.add"(%312, %316) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %318 = "stablehlo.broadcast_in_dim"(%122) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %319 = "stablehlo.multiply"(%318, %302) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %320 = "stablehlo.subtract"(%278#0, %319) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %321 = "stablehlo.broadcast_in_dim"(%117) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %322 = "stablehlo.compare"(%165, %321) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %323 = "stablehlo.select"(%322, %275, %310) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %324 = "stablehlo.select"(%322, %277, %317) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %325 = "stablehlo.add"(%323, %324) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %326 = "stablehlo.add"(%324, %166#1) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %327 = "stablehlo.multiply"(%320, %162) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %328 = "stablehlo.multiply"(%156, %156) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %329 = "stablehlo.bitcast_convert"(%156) : (tensor<8xf32>) -> tensor<8xi32>
    %330 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %331 = "stablehlo.and"(%329, %330) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %332 = "stablehlo.bitcast_convert"(%331) : (tensor<8xi32>) -> tensor<8xf32>
    %333 = "stablehlo.subtract"(%156, %332) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %334 = "stablehlo.multiply"(%332, %332) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %335 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %336 = "stablehlo.multiply"(%334, %335) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %337 = "stablehlo.add"(%156, %332) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %338 = "stablehlo.multiply"(%333, %337) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %339 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %340 = "stablehlo.multiply"(%338, %339) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %341 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %342 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %343 = "stablehlo.fma"(%341, %328, %342) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %344 = "stablehlo.broadcast_in_dim"(%73) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %345 = "stablehlo.fma"(%343, %328, %344) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %346 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %347 = "stablehlo.fma"(%345, %328, %346) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %348 = "stablehlo.broadcast_in_dim"(%75) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %349 = "stablehlo.fma"(%347, %328, %348) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %350 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %351 = "stablehlo.fma"(%349, %328, %350) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %352 = "stablehlo.multiply"(%328, %351) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %353 = "stablehlo.add"(%340, %352) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %354 = "stablehlo.add"(%166#0, %336) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %355 = "stablehlo.subtract"(%354, %166#0) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %356 = "stablehlo.subtract"(%336, %355) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %357 = "stablehlo.add"(%323, %354) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %358 = "stablehlo.subtract"(%357, %323) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %359 = "stablehlo.subtract"(%357, %358) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %360 = "stablehlo.subtract"(%323, %359) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %361 = "stablehlo.subtract"(%354, %358) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %362 = "stablehlo.add"(%360, %361) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %363 = "stablehlo.add"(%362, %356) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %364 = "stablehlo.add"(%363, %326) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %365 = "stablehlo.add"(%353, %327) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %366 = "stablehlo.add"(%364, %365) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %367 = "stablehlo.add"(%357, %366) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %368 = "stablehlo.negate"(%367) : (tensor<8xf32>) -> tensor<8xf32>
    %369 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %370 = "stablehlo.compare"(%154, %369) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %371 = "stablehlo.broadcast_in_dim"(%69) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %372 = "stablehlo.compare"(%154, %371) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %373 = "stablehlo.and"(%370, %372) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %374 = "stablehlo.convert"(%155) : (tensor<8xf32>) -> tensor<8xi32>
    %375 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %376 = "stablehlo.compare"(%154, %375) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %377 = "stablehlo.broadcast_in_dim"(%68) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %378 = "stablehlo.compare"(%374, %377) <{compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction GE>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %379 = "stablehlo.and"(%376, %378) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %380 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %381 = "stablehlo.compare"(%156, %380) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %382 = "stablehlo.broadcast_in_dim"(%66) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %383 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %384 = "stablehlo.select"(%381, %382, %383) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %385 = "stablehlo.broadcast_in_dim"(%64) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %386 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %387 = "stablehlo.add"(%374, %374) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %388 = "stablehlo.subtract"(%384, %387) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %389 = "stablehlo.select"(%373, %386, %388) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %390 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %391 = "stablehlo.clamp"(%385, %389, %390) : (tensor<8xi32>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %392 = "stablehlo.broadcast_in_dim"(%391) <{broadcast_dimensions = array<i64: 0>}> : (tensor<8xi32>) -> tensor<8x1xi32>
    %393 = "stablehlo.gather"(%124, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %394 = "stablehlo.gather"(%125, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %395 = "stablehlo.gather"(%126, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %396 = "stablehlo.gather"(%127, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %397 = "stablehlo.gather"(%128, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %398 = "stablehlo.subtract"(%156, %393) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %399 = "stablehlo.multiply"(%398, %395) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %400 = "stablehlo.add"(%399, %394) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %401 = "stablehlo.subtract"(%400, %399) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %402 = "stablehlo.subtract"(%394, %401) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %403 = "stablehlo.subtract"(%400, %396) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %404 = "stablehlo.abs"(%403) : (tensor<8xf32>) -> tensor<8xf32>
    %405 = "stablehlo.compare"(%404, %397) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %406 = "stablehlo.and"(%379, %405) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %407 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %408 = "stablehlo.select"(%406, %400, %407) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %409 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %410 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %411 = "stablehlo.select"(%373, %409, %410) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %412 = "stablehlo.bitcast_convert"(%408) : (tensor<8xf32>) -> tensor<8xi32>
    %413 = "stablehlo.and"(%412, %411) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %414 = "stablehlo.bitcast_convert"(%413) : (tensor<8xi32>) -> tensor<8xf32>
    %415 = "stablehlo.subtract"(%408, %414) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %416 = "stablehlo.add"(%415, %402) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %417 = "stablehlo.multiply"(%414, %414) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %418 = "stablehlo.select"(%373, %417, %414) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %419 = "stablehlo.add"(%408, %414) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %420 = "stablehlo.multiply"(%416, %419) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %421 = "stablehlo.select"(%373, %420, %416) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %422 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %423 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %424 = "stablehlo.select"(%373, %422, %423) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %425 = "stablehlo.gather"(%129, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %426 = "stablehlo.multiply"(%425, %408) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %427 = "stablehlo.gather"(%130, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %428 = "stablehlo.add"(%426, %427) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %429 = "stablehlo.multiply"(%428, %408) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %430 = "stablehlo.gather"(%131, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %431 = "stablehlo.add"(%429, %430) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %432 = "stablehlo.multiply"(%431, %408) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %433 = "stablehlo.gather"(%132, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %434 = "stablehlo.add"(%432, %433) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %435 = "stablehlo.multiply"(%434, %408) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %436 = "stablehlo.gather"(%133, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %437 = "stablehlo.add"(%435, %436) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %438 = "stablehlo.multiply"(%437, %408) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %439 = "stablehlo.gather"(%134, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %440 = "stablehlo.add"(%438, %439) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %441 = "stablehlo.multiply"(%440, %408) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %442 = "stablehlo.gather"(%135, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %443 = "stablehlo.add"(%441, %442) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %444 = "stablehlo.multiply"(%443, %408) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %445 = "stablehlo.gather"(%136, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %446 = "stablehlo.add"(%444, %445) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %447 = "stablehlo.multiply"(%446, %408) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %448 = "stablehlo.gather"(%137, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %449 = "stablehlo.add"(%447, %448) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %450 = "stablehlo.multiply"(%449, %408) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %451 = "stablehlo.gather"(%138, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %452 = "stablehlo.add"(%450, %451) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %453 = "stablehlo.multiply"(%452, %408) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %454 = "stablehlo.gather"(%139, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %455 = "stablehlo.add"(%453, %454) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %456 = "stablehlo.gather"(%140, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %457 = "stablehlo.multiply"(%408, %455) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %458 = "stablehlo.add"(%456, %457) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %459 = "stablehlo.subtract"(%458, %456) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %460 = "stablehlo.subtract"(%457, %459) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %461 = "stablehlo.gather"(%141, %392) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1>}> : (tensor<16xf32>, tensor<8x1xi32>) -> tensor<8xf32>
    %462 = "stablehlo.bitcast_convert"(%458) : (tensor<8xf32>) -> tensor<8xi32>
    %463 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %464 = "stablehlo.and"(%462, %463) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %465 = "stablehlo.bitcast_convert"(%464) : (tensor<8xi32>) -> tensor<8xf32>
    %466 = "stablehlo.subtract"(%458, %465) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %467 = "stablehlo.multiply"(%418, %465) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %468 = "stablehlo.add"(%424, %467) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %469 = "stablehlo.subtract"(%468, %424) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %470 = "stablehlo.subtract"(%467, %469) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %471 = "stablehlo.add"(%460, %461) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %472 = "stablehlo.add"(%466, %471) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %473 = "stablehlo.multiply"(%418, %472) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %474 = "stablehlo.multiply"(%421, %458) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %475 = "stablehlo.add"(%473, %474) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %476 = "stablehlo.add"(%470, %475) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %477 = "stablehlo.add"(%468, %476) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %478 = "stablehlo.select"(%406, %477, %368) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %479 = "stablehlo.select"(%146, %325, %478) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %480 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %481 = "stablehlo.compare"(%479, %480) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %482 = "stablehlo.broadcast_in_dim"(%67) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %483 = "stablehlo.select"(%481, %482, %479) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %484 = "stablehlo.not"(%146) : (tensor<8xi1>) -> tensor<8xi1>
    %485 = "stablehlo.not"(%144) : (tensor<8xi1>) -> tensor<8xi1>
    %486 = "stablehlo.and"(%484, %485) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %487 = "stablehlo.floor"(%arg1) : (tensor<8xf32>) -> tensor<8xf32>
    %488 = "stablehlo.compare"(%arg1, %487) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %489 = "stablehlo.and"(%486, %488) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %490 = "stablehlo.or"(%144, %489) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %491 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %492 = "stablehlo.compare"(%arg1, %491) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %493 = "stablehlo.or"(%490, %492) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
    %494 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %495 = "stablehlo.select"(%493, %494, %483) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %496 = "stablehlo.compare"(%arg1, %arg1) <{compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>}> : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %497 = "stablehlo.broadcast_in_dim"(%59) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %498 = "stablehlo.select"(%496, %497, %495) : (tensor<8xi1>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%498) : (tensor<8xf32>) -> ()
  }) : () -> ()
  "func.func"() <{arg_attrs = [{}], function_type = (tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>), res_attrs = [{}, {}], sym_name = "_log_f32", sym_visibility = "private"}> ({
  ^bb0(%arg0: tensor<8xf32>):
    %0 = "stablehlo.constant"() <{value = dense<3.19461833E-5> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.constant"() <{value = dense<0.693115234> : tensor<f32>}> : () -> tensor<f32>
    %2 = "stablehlo.constant"() <{value = dense<-0.076344505> : tensor<f32>}> : () -> tensor<f32>
    %3 = "stablehlo.constant"() <{value = dense<0.127616659> : tensor<f32>}> : () -> tensor<f32>
    %4 = "stablehlo.constant"() <{value = dense<-0.131602421> : tensor<f32>}> : () -> tensor<f32>
    %5 = "stablehlo.constant"() <{value = dense<0.142017499> : tensor<f32>}> : () -> tensor<f32>
    %6 = "stablehlo.constant"() <{value = dense<-0.16623351> : tensor<f32>}> : () -> tensor<f32>
    %7 = "stablehlo.constant"() <{value = dense<0.200012267> : tensor<f32>}> : () -> tensor<f32>
    %8 = "stablehlo.constant"() <{value = dense<-0.250008225> : tensor<f32>}> : () -> tensor<f32>
    %9 = "stablehlo.constant"() <{value = dense<0.333333313> : tensor<f32>}> : () -> tensor<f32>
    %10 = "stablehlo.constant"() <{value = dense<-5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
    %11 = "stablehlo.constant"() <{value = dense<1.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %12 = "stablehlo.constant"() <{value = dense<23> : tensor<i32>}> : () -> tensor<i32>
    %13 = "stablehlo.constant"() <{value = dense<1060439283> : tensor<i32>}> : () -> tensor<i32>
    %14 = "stablehlo.bitcast_convert"(%arg0) : (tensor<8xf32>) -> tensor<8xi32>
    %15 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %16 = "stablehlo.subtract"(%14, %15) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %17 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %18 = "stablehlo.shift_right_arithmetic"(%16, %17) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %19 = "stablehlo.convert"(%18) : (tensor<8xi32>) -> tensor<8xf32>
    %20 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %21 = "stablehlo.shift_left"(%18, %20) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %22 = "stablehlo.subtract"(%14, %21) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
    %23 = "stablehlo.bitcast_convert"(%22) : (tensor<8xi32>) -> tensor<8xf32>
    %24 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %25 = "stablehlo.subtract"(%23, %24) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %26 = "stablehlo.multiply"(%25, %25) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %27 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %28 = "stablehlo.multiply"(%27, %26) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %29 = "stablehlo.add"(%25, %28) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %30 = "stablehlo.subtract"(%29, %25) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %31 = "stablehlo.subtract"(%28, %30) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %32 = "stablehlo.multiply"(%26, %25) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %33 = "stablehlo.broadcast_in_dim"(%2) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %34 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %35 = "stablehlo.fma"(%33, %25, %34) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %36 = "stablehlo.broadcast_in_dim"(%4) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %37 = "stablehlo.fma"(%35, %25, %36) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %38 = "stablehlo.broadcast_in_dim"(%5) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %39 = "stablehlo.fma"(%37, %25, %38) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %40 = "stablehlo.broadcast_in_dim"(%6) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %41 = "stablehlo.fma"(%39, %25, %40) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %42 = "stablehlo.broadcast_in_dim"(%7) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %43 = "stablehlo.fma"(%41, %25, %42) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %44 = "stablehlo.broadcast_in_dim"(%8) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %45 = "stablehlo.fma"(%43, %25, %44) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %46 = "stablehlo.broadcast_in_dim"(%9) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %47 = "stablehlo.fma"(%45, %25, %46) : (tensor<8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %48 = "stablehlo.multiply"(%32, %47) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %49 = "stablehlo.add"(%31, %48) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %50 = "stablehlo.broadcast_in_dim"(%1) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %51 = "stablehlo.multiply"(%19, %50) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %52 = "stablehlo.add"(%51, %29) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %53 = "stablehlo.subtract"(%52, %51) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %54 = "stablehlo.subtract"(%29, %53) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %55 = "stablehlo.broadcast_in_dim"(%0) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8xf32>
    %56 = "stablehlo.multiply"(%19, %55) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %57 = "stablehlo.add"(%49, %56) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %58 = "stablehlo.add"(%54, %57) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    "func.return"(%52, %58) : (tensor<8xf32>, tensor<8xf32>) -> ()
  }) : () -> ()
}) {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} : () -> ()
